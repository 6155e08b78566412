package cedarpos.server.order;

import java.util.List;

/** An order as the REST list shows it, read from the materialized rows. */
public record OrderView(String id, String branchId, String tableId, String status, String payment, String currency,
                        String openedBy, long openedAtMs, int guests, long totalMinor, int conflictCount,
                        List<OrderLineView> lines) {
    public OrderView {
        lines = List.copyOf(lines);
    }

    public record OrderLineView(String id, int lineNo, String menuItemId, String name, int quantity,
                                long unitPriceMinor, String note, boolean voided, boolean sent, List<String> flags) {
    }
}
