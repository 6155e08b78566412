package cedarpos.server.order;

import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.Lww;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Settlement;
import java.util.List;

/**
 * An order as the REST list shows it, read from the materialized rows and its merged state.
 *
 * @param number     the short number staff call it by (the receipt's)
 * @param openedBy   the till that opened it (its terminal id)
 * @param staffName  who opened it on the till, or null
 * @param closedAtMs when it was settled or cancelled, or null while open
 * @param paidMinor  what the customer paid (every payment's due), in the order's currency
 * @param refundedMinor what refunds gave back, in the order's currency
 */
public record OrderView(String id, String number, String branchId, String tableId, String status, String payment,
                        String currency, String openedBy, String staffName, long openedAtMs, Long closedAtMs,
                        int guests, long totalMinor, long paidMinor, long refundedMinor, int conflictCount,
                        List<OrderLineView> lines) {
    public OrderView {
        lines = List.copyOf(lines);
    }

    public record OrderLineView(String id, int lineNo, String menuItemId, String name, int quantity,
                                long unitPriceMinor, String note, boolean voided, boolean sent, List<String> flags) {
    }

    /** When the order was settled or cancelled (the stamp of that status), or null while it is open. */
    public static Long closedAtMs(OrderState state, MergedOrder merged) {
        if (merged == null || state.status() == null
                || merged.status() != OrderStatus.SETTLED && merged.status() != OrderStatus.CANCELLED) {
            return null;
        }
        return state.status().stamp().atMs();
    }

    /**
     * What the customer paid: every payment's due (the shares', then the settlement's); for a check settled before
     * payments carried their tenders, what its settlement says was paid.
     */
    public static long paidMinor(OrderState state, MergedOrder merged) {
        if (merged == null) {
            return 0;
        }
        if (!merged.payments().isEmpty()) {
            return merged.collected().minor();
        }
        Settlement settled = Lww.valueOf(state.settlement(), null);
        return merged.status() == OrderStatus.SETTLED && settled != null ? settled.paidMinor() : 0;
    }
}
