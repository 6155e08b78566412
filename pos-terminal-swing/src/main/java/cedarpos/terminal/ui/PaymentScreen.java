package cedarpos.terminal.ui;

import cedarpos.domain.DiningTable;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.payment.Checkout;
import cedarpos.terminal.ui.payment.PaymentPanel;
import cedarpos.terminal.ui.payment.PaymentPresenter;
import java.awt.EventQueue;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JComponent;

/**
 * Wires the payment screen to the store: the check as the saved order and the branch's rate and VAT make it, and
 * the settlement written off the EDT.
 */
final class PaymentScreen {
    private static final Logger LOG = Logger.getLogger(PaymentScreen.class.getName());

    private final TerminalStore store;
    private final Threads threads;
    private final PaymentPanel panel;
    private final PaymentPresenter presenter;
    private MergedOrder order;

    PaymentScreen(TerminalStore store, Threads threads, ResourceBundle messages, Consumer<MergedOrder> paid,
                  Runnable back) {
        this.store = store;
        this.threads = threads;
        this.panel = new PaymentPanel(messages);
        this.presenter = new PaymentPresenter(panel, threads, messages,
                payment -> {
                    MergedOrder check = order;
                    return threads.onIo(() -> store.settle(check.id(), payment))
                            .thenAccept(settled -> order = settled);
                },
                () -> paid.accept(order), back);
        panel.bind(presenter);
    }

    JComponent component() {
        return panel;
    }

    /** Loads the branch's rate and VAT and the table's label, then shows the check and calls {@code shown}. */
    void open(MergedOrder check, Runnable shown) {
        assert EventQueue.isDispatchThread();
        order = check;
        threads.onIo(() -> new Loaded(store.cashier().settings(), store.tables())).thenAcceptAsync(l -> {
            String table = check.tableId() == null ? null : l.tables().stream()
                    .filter(t -> t.id().equals(check.tableId())).map(DiningTable::label).findFirst().orElse(null);
            presenter.open(new Checkout(check.id(), table, check.subtotal(), check.discountAmount(),
                    l.settings().vat(), l.settings().rate()));
            shown.run();
        }, threads.edt()).exceptionally(e -> {
            LOG.log(Level.SEVERE, "payment screen load failed", e);
            return null;
        });
    }

    private record Loaded(BranchSettings settings, List<DiningTable> tables) {
    }
}
