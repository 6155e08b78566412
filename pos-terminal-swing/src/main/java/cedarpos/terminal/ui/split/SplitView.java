package cedarpos.terminal.ui.split;

import cedarpos.domain.OrderLineId;
import java.util.List;

/** The split-check screen as its presenter drives it. Every method is called on the EDT. */
public interface SplitView {
    /** How the check is being split. */
    enum Mode { SEAT, EVEN, ITEMS }

    /**
     * The check's header.
     *
     * @param paid the shares already paid, as "Seat 1 · $13.50"; empty when none
     */
    record Summary(String title, String total, String paidSoFar, String balance, List<String> paid) {
        public Summary {
            paid = List.copyOf(paid);
        }
    }

    /** An unpaid line, to choose when splitting by items. */
    record ItemRow(OrderLineId id, String text, String amount, boolean selected) {
    }

    /**
     * A share to pay.
     *
     * @param detail what it covers ("Kafta, Hummus"), or null for an even share
     */
    record ShareRow(String label, String amount, String detail, boolean payable) {
    }

    void showSummary(Summary summary);

    /** @param ways how many even shares, in EVEN mode */
    void showMode(Mode mode, int ways, boolean seatsAvailable);

    /** The unpaid lines to pick from; empty outside ITEMS mode. */
    void showItems(List<ItemRow> items);

    void showShares(List<ShareRow> shares);

    void showMessage(String text, boolean error);
}
