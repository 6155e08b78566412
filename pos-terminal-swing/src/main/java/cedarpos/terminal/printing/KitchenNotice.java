package cedarpos.terminal.printing;

import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import java.util.OptionalLong;

/**
 * A ticket the kitchen printer owes, e.g. "VOID: 2 x Kafta Meshwiyeh, table T4,
 * order 3f2c9a1b - guest changed mind".
 *
 * @param kind      what happened: {@link #VOID} for now
 * @param printedAt empty while it waits for the printer
 */
public record KitchenNotice(long id, String kind, OrderId orderId, OrderLineId lineId, String text,
                            long createdAtMs, OptionalLong printedAt) {
    /** A line whose ticket went to the kitchen from this terminal was voided. */
    public static final String VOID = "VOID";

    public boolean printed() {
        return printedAt.isPresent();
    }
}
