package cedarpos.terminal.ui;

import cedarpos.domain.DiningTable;
import cedarpos.domain.Money;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.payment.Checkout;
import cedarpos.terminal.ui.payment.PaymentPanel;
import cedarpos.terminal.ui.payment.PaymentPresenter;
import cedarpos.terminal.ui.split.SplitPresenter.ShareToPay;
import java.awt.EventQueue;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JComponent;

/**
 * Wires the payment screen to the store: the check (or one share of a split check) as the saved order and the
 * branch's rate and VAT make it, and the settlement or the share's payment written off the EDT.
 */
final class PaymentScreen {
    private static final Logger LOG = Logger.getLogger(PaymentScreen.class.getName());

    private final TerminalStore store;
    private final Threads threads;
    private final PaymentPanel panel;
    private final PaymentPresenter presenter;
    private final Runnable backToOrder;
    private final Consumer<MergedOrder> toSplit;
    private MergedOrder order;
    /** The share being paid, or null for the whole check. */
    private ShareToPay share;

    /**
     * @param paid        the check is settled (paid whole, or its last share)
     * @param backToOrder Back while paying a whole check
     * @param toSplit     a share was paid and more are left, or Back while paying a share: the split screen
     */
    PaymentScreen(TerminalStore store, Threads threads, ResourceBundle messages, Consumer<MergedOrder> paid,
                  Runnable backToOrder, Consumer<MergedOrder> toSplit) {
        this.store = store;
        this.threads = threads;
        this.backToOrder = backToOrder;
        this.toSplit = toSplit;
        this.panel = new PaymentPanel(messages);
        this.presenter = new PaymentPresenter(panel, threads, messages,
                payment -> {
                    MergedOrder check = order;
                    ShareToPay part = share;
                    return threads.onIo(() -> part == null ? store.payments().settle(check.id(), payment)
                                    : store.payments().payShare(check.id(), part.label(), part.lines(), part.amount(), payment))
                            .thenAccept(saved -> order = saved);
                },
                () -> {
                    if (order.status() == OrderStatus.SETTLED) {
                        paid.accept(order);
                    } else {
                        toSplit.accept(order);
                    }
                }, this::back);
        panel.bind(presenter);
    }

    JComponent component() {
        return panel;
    }

    /** Loads the branch's rate and VAT and the table's label, then shows the whole check and calls {@code shown}. */
    void open(MergedOrder check, Runnable shown) {
        open(check, null, shown);
    }

    /** The same for one share of a split check. */
    void openShare(ShareToPay part, Runnable shown) {
        open(part.order(), part, shown);
    }

    private void open(MergedOrder check, ShareToPay part, Runnable shown) {
        assert EventQueue.isDispatchThread();
        order = check;
        share = part;
        threads.onIo(() -> new Loaded(store.cashier().settings(), store.floor().tables())).thenAcceptAsync(l -> {
            String table = check.tableId() == null ? null : l.tables().stream()
                    .filter(t -> t.id().equals(check.tableId())).map(DiningTable::label).findFirst().orElse(null);
            presenter.open(part == null ? new Checkout(check.id(), table, check.subtotal(), check.discountAmount(),
                    l.settings().vat(), l.settings().rate())
                    : new Checkout(check.id(), table, part.amount(), Money.zero(part.amount().currency()),
                    l.settings().vat(), l.settings().rate(), part.label()));
            shown.run();
        }, threads.edt()).exceptionally(e -> {
            LOG.log(Level.SEVERE, "payment screen load failed", e);
            return null;
        });
    }

    private void back() {
        if (share == null) {
            backToOrder.run();
        } else {
            toSplit.accept(order);
        }
    }

    private record Loaded(BranchSettings settings, List<DiningTable> tables) {
    }
}
