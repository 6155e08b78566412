package cedarpos.terminal.ui.history;

import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.staff.StaffMember;
import cedarpos.terminal.store.CashierCatalog;
import cedarpos.terminal.store.FloorBook;
import cedarpos.terminal.store.OrderBook;
import cedarpos.terminal.store.PaymentBook;
import cedarpos.terminal.store.PrintJobs;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.nav.Navigator;
import java.time.Clock;
import java.util.ResourceBundle;
import java.util.function.Function;
import javax.swing.JComponent;

/**
 * The order history wired to the books: today's checks from the order book, refunds through the payment book,
 * receipts through the print queue; a reopened check goes to the order screen.
 */
public final class HistoryScreen {
    private final HistoryPanel panel;
    private final HistoryPresenter presenter;

    /** @param names a line's dish as the screen's language names it */
    public HistoryScreen(OrderBook orders, PaymentBook payments, FloorBook floor, CashierCatalog cashier,
                         PrintJobs printJobs, Navigator navigator, Threads threads, ResourceBundle messages,
                         Clock clock, Function<MergedLine, String> names) {
        panel = new HistoryPanel(messages);
        presenter = new HistoryPresenter(orders, payments, floor, cashier, panel, threads, messages, clock,
                (order, copy) -> {
                    if (printJobs.printReceipt(order, copy).isEmpty()) {
                        throw new IllegalStateException(messages.getString("history.noReceiptPrinter"));
                    }
                }, navigator::toOrder, names);
        panel.bind(presenter);
    }

    public JComponent component() {
        return panel;
    }

    /** The screen comes up: today's checks. */
    public void load() {
        presenter.load();
    }

    public void setStaff(StaffMember who) {
        presenter.setStaff(who);
    }
}
