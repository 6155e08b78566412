package cedarpos.terminal.ui;

import cedarpos.domain.DiningTable;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import java.awt.EventQueue;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * Wires the payment screen to the store: the check as the order and the branch's rate and VAT make it, and the
 * settlement written off the EDT.
 */
final class PaymentScreen {
    private static final Logger LOG = Logger.getLogger(PaymentScreen.class.getName());

    private final TerminalStore store;
    private final Threads threads;
    private final Consumer<MergedOrder> paid;
    private final Runnable back;
    private final JPanel panel = new JPanel();
    private MergedOrder order;

    PaymentScreen(TerminalStore store, Threads threads, ResourceBundle messages, Locale locale,
                  Consumer<MergedOrder> paid, Runnable back) {
        this.store = store;
        this.threads = threads;
        this.paid = paid;
        this.back = back;
    }

    JComponent component() {
        return panel;
    }

    /** Loads the branch's settings, then shows the check and calls {@code shown}. */
    void open(MergedOrder check, Runnable shown) {
        assert EventQueue.isDispatchThread();
        order = check;
        threads.onIo(() -> new Loaded(store.cashier().settings(), store.tables())).thenAcceptAsync(l -> {
            shown.run();
        }, threads.edt()).exceptionally(e -> {
            LOG.log(Level.SEVERE, "payment screen load failed", e);
            return null;
        });
    }

    private record Loaded(BranchSettings settings, java.util.List<DiningTable> tables) {
    }
}
