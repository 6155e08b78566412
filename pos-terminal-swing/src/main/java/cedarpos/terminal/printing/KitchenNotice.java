package cedarpos.terminal.printing;

import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import java.util.OptionalLong;

/**
 * A ticket the kitchen printer owes, e.g. "VOID: 2 x Kafta Meshwiyeh, table T4,
 * order 3f2c9a1b - guest changed mind".
 *
 * @param kind      what happened: {@link #VOID} or {@link #DO_NOT_PREPARE}
 * @param printedAt empty while it waits for the printer
 */
public record KitchenNotice(long id, String kind, OrderId orderId, OrderLineId lineId, String text,
                            long createdAtMs, OptionalLong printedAt) {
    /** A line whose ticket went to the kitchen from this terminal was voided. */
    public static final String VOID = "VOID";
    /** The server refused stock for a line this terminal took: "DO NOT PREPARE: 1 x Kibbeh Nayyeh, table T4 ...". */
    public static final String DO_NOT_PREPARE = "DO_NOT_PREPARE";

    public boolean printed() {
        return printedAt.isPresent();
    }
}
