package cedarpos.terminal.ui.history;

import cedarpos.domain.OrderId;
import java.util.List;

/** The order history screen as its presenter drives it. Every method is called on the EDT. */
public interface HistoryView {
    /** One check in the list: "14:05 · T4 · Karim · $23.00 · Paid". */
    record Row(OrderId id, String time, String table, String staff, String total, String status,
               boolean selected) {
    }

    /**
     * The selected check.
     *
     * @param lines    "2 × Kafta Meshwiyeh   $27.00", voided lines marked
     * @param payments "Cash $11.25", "Cash LBP 1,006,875", shares and change
     * @param refunds  "$5.50 · cash LBP 492,250 · cold food (Rana Haddad)", oldest first
     */
    record Detail(String title, List<String> lines, List<String> payments, String total, boolean canReprint,
                  boolean canReopen, List<String> refunds, boolean canRefund) {
        public Detail {
            lines = List.copyOf(lines);
            payments = List.copyOf(payments);
            refunds = List.copyOf(refunds);
        }

        /** A check without refunds that cannot be refunded. */
        public Detail(String title, List<String> lines, List<String> payments, String total, boolean canReprint,
                      boolean canReopen) {
            this(title, lines, payments, total, canReprint, canReopen, List.of(), false);
        }
    }

    void showOrders(List<Row> rows);

    /** @param detail null when nothing is selected */
    void showDetail(Detail detail);

    void showMessage(String text, boolean error);

    /** Asks a manager's PIN to approve {@code what}; null when cancelled. */
    char[] askManagerPin(String what);

    /** Asks why; null when cancelled. */
    String askReason(String what);

    /** Lets the manager fill in {@code form} (lines or amount, how, why); false when cancelled. */
    boolean askRefund(String title, RefundForm form);
}
