package cedarpos.terminal.ui.nav;

import cedarpos.domain.OrderId;
import cedarpos.domain.TableId;
import cedarpos.domain.merge.MergedOrder;

/**
 * How a screen goes to another without knowing it: the floor plan opens a table's order, the order screen asks for
 * its check to be paid or split, the split screen pays a share, the payment screen goes back or on when the check is
 * paid, the history shows a reopened check. The main window implements it; every method is called on the EDT.
 */
public interface Navigator {
    /** The floor plan, reread. */
    void toFloor();

    /** The order screen for a table's check (its open check, or a new one); null: a counter order. */
    void toTable(TableId table);

    /** A saved order on the order screen (a check reopened from the history). */
    void toOrder(OrderId order);

    /** Back on the order screen, its check reread as it now stands (some shares may be paid). */
    void backToOrder();

    /** The payment screen for a whole check, once its rate, VAT and table are loaded. */
    void toPayment(MergedOrder check);

    /** The payment screen for one share of a split check. */
    void toPayment(ShareToPay share);

    /** The split screen for a check: from the order screen, and again after each share until the last. */
    void toSplit(MergedOrder check);

    /** The check is settled: the order screen is cleared and the floor plan shows, reread. */
    void paid(MergedOrder check);
}
