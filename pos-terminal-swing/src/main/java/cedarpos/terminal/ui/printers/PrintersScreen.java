package cedarpos.terminal.ui.printers;

import cedarpos.domain.staff.StaffMember;
import cedarpos.terminal.printing.PrinterHealth;
import cedarpos.terminal.printing.PrinterHealthSource;
import cedarpos.terminal.store.StoreEvent;
import cedarpos.terminal.store.CashierCatalog;
import cedarpos.terminal.store.PrintJobs;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.kit.ManagerGate;
import java.awt.EventQueue;
import java.time.Clock;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javax.swing.JComponent;

/**
 * The Printers screen wired to the till: the printers' health from the print service (also shown on the status bar),
 * the queue from the print jobs book, reread when a job moves on while the screen is up.
 */
public final class PrintersScreen {
    private final PrintersPanel panel;
    private final PrintersPresenter presenter;
    private final PrinterHealthSource source;
    private final Consumer<List<PrinterHealth>> listener;
    private boolean shown;

    /** @param statusBar where a printer's trouble shows while this screen is not up */
    public PrintersScreen(PrintJobs printJobs, CashierCatalog cashier, PrinterHealthSource source,
                          PrinterTroubleView statusBar, Threads threads, ResourceBundle messages, Clock clock) {
        this.source = source;
        panel = new PrintersPanel(messages);
        presenter = new PrintersPresenter(printJobs, new ManagerGate(cashier, panel::askManagerPin, messages), panel,
                statusBar, threads, messages, clock);
        panel.bind(presenter);
        listener = health -> threads.onEdt(() -> presenter.printersChanged(health));
        source.addListener(listener);
    }

    /** Offers "Reset this till" on this screen (where the till's own settings are); {@code reset} asks the rest. */
    public void onResetTill(Runnable reset) {
        panel.onResetTill(reset);
    }

    public JComponent component() {
        return panel;
    }

    /** The screen comes up: the queue as it stands. */
    public void opened() {
        assert EventQueue.isDispatchThread();
        shown = true;
        presenter.reload();
    }

    public void closed() {
        shown = false;
    }

    /** On the EDT: a store change that may have moved a job on. */
    public void storeChanged(StoreEvent event) {
        assert EventQueue.isDispatchThread();
        if (shown && event != StoreEvent.SYNC_PROGRESS && event != StoreEvent.STOCK_ALERTS) {
            presenter.reload();
        }
    }

    public void setStaff(StaffMember who) {
        presenter.setStaff(who);
    }

    public void dispose() {
        source.removeListener(listener);
    }
}
