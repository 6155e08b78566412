package cedarpos.terminal.ui.order;

import cedarpos.domain.OrderId;
import cedarpos.domain.TableId;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.staff.StaffMember;
import cedarpos.terminal.store.CashierCatalog;
import cedarpos.terminal.store.FloorBook;
import cedarpos.terminal.store.OrderBook;
import cedarpos.terminal.store.StockBook;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.nav.Navigator;
import java.awt.EventQueue;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javax.swing.JComponent;

/**
 * The order screen wired to the books it writes and reads (orders, stock, floor, the cashier's catalog): Pay and
 * Split go to the payment and split screens through the navigator.
 */
public final class OrderScreen {
    private final OrderPanel panel;
    private final OrderPresenter presenter;

    public OrderScreen(OrderBook orders, StockBook stock, FloorBook floor, CashierCatalog cashier,
                       Navigator navigator, Threads threads, ResourceBundle messages,
                       Locale locale) {
        panel = new OrderPanel(messages, locale);
        presenter = new OrderPresenter(orders, stock, floor, cashier, panel, threads, messages);
        panel.bind(presenter);
        presenter.onPay(navigator::toPayment);
        presenter.onSplit(navigator::toSplit);
    }

    public JComponent component() {
        return panel;
    }

    /** Menu, tables and stock reread: a new catalog arrived. */
    public void reloadCatalog() {
        presenter.reloadCatalog();
    }

    /** The check on screen reread: another terminal may have changed it. */
    public void refresh() {
        presenter.refresh();
    }

    public void setOnline(boolean online) {
        presenter.setOnline(online);
    }

    public void setStaff(StaffMember who) {
        presenter.setStaff(who);
    }

    /** A table's check (null: a counter order). */
    public void openTable(TableId table) {
        assert EventQueue.isDispatchThread();
        if (table == null) {
            presenter.startCounterOrder();
        } else {
            presenter.openTable(table);
        }
    }

    public void showOrder(OrderId id) {
        presenter.showOrder(id);
    }

    /** Nothing on screen: the check was paid. */
    public void clear() {
        presenter.clear();
    }

    /** A line's dish as this screen's language names it, for the screens that list a check's lines too. */
    public String shownName(MergedLine line) {
        return presenter.shownName(line);
    }
}
