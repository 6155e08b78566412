package cedarpos.server.order;

import java.util.List;

/** An order as the REST API shows it. */
public record OrderView(String id, String branchId, String tableId, String status, String currency,
                        String openedBy, long openedAtMs, long totalMinor, List<OrderLineView> lines) {
    public OrderView {
        lines = List.copyOf(lines);
    }

    public record OrderLineView(String id, int lineNo, String menuItemId, String name, int quantity,
                                long unitPriceMinor) {
    }
}
