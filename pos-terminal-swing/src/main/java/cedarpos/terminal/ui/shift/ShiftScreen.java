package cedarpos.terminal.ui.shift;

import cedarpos.terminal.store.CashierCatalog;
import cedarpos.terminal.store.ShiftBook;
import cedarpos.terminal.support.Threads;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javax.swing.JComponent;

/** The drawer screen wired to the shift book, and to the staff whose manager PINs approve a pay-out. */
public final class ShiftScreen {
    private final ShiftPanel panel;
    private final ShiftPresenter presenter;

    /** @param signedInStaff who is signed in */
    public ShiftScreen(ShiftBook shifts, CashierCatalog cashier, Supplier<String> signedInStaff, Threads threads, ResourceBundle messages, Locale locale) {
        panel = new ShiftPanel(messages, locale);
        presenter = new ShiftPresenter(shifts, cashier, panel, threads, messages, signedInStaff);
        panel.bind(presenter);
    }

    public JComponent component() {
        return panel;
    }

    /** The screen comes up: the open shift, or the float form. */
    public void start() {
        presenter.start();
    }
}
