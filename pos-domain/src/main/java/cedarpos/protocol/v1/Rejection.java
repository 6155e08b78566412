package cedarpos.protocol.v1;

import java.util.Objects;
import java.util.UUID;

/**
 * An outbox entry the server can never apply (its payload is invalid, its
 * operation unknown, ...). The server keeps the entry whole for managers,
 * counts its {@code seq} as applied so the entries behind it are not held up,
 * and tells the terminal in the {@link Ack} (or the {@link Welcome} when the
 * ack was lost). Resending it can never help: the code is never retryable.
 */
public record Rejection(long seq, UUID entryId, ErrorCode code, String message) {
    public Rejection {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be >= 1, got " + seq);
        }
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (code.retryable()) {
            throw new IllegalArgumentException(code + " is retryable: an entry refused with it is not rejected");
        }
    }
}
