package cedarpos.terminal.store;

import java.util.UUID;

/**
 * An outbox entry the server refused for good, as the terminal keeps it: it never
 * took effect on the server and is never sent again (docs/protocol.md, "Rejected entries").
 *
 * @param entity      what kind of record it changed ({@code order}, {@code shift}, ...)
 * @param operation   what it did to it ({@code order.upsert}, ...)
 * @param code        the server's {@link cedarpos.protocol.v1.ErrorCode} name; kept as text so that a code
 *                    a newer server sends still shows
 * @param createdAtMs when the cashier's action wrote it
 * @param rejectedAtMs when this terminal learnt of the refusal
 */
public record RejectedEntry(long seq, UUID entryId, String entity, String recordId, String operation,
                            long createdAtMs, String code, String message, long rejectedAtMs) {
}
