package cedarpos.terminal.ui;

import cedarpos.domain.OrderId;
import cedarpos.domain.TableId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.staff.StaffMember;
import cedarpos.terminal.printing.PrinterHealthSource;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.floor.FloorScreen;
import cedarpos.terminal.ui.history.HistoryScreen;
import cedarpos.terminal.ui.nav.Navigator;
import cedarpos.terminal.ui.nav.ShareToPay;
import cedarpos.terminal.ui.order.OrderScreen;
import cedarpos.terminal.ui.payment.PaymentScreen;
import cedarpos.terminal.ui.printers.PrinterTroubleView;
import cedarpos.terminal.ui.printers.PrintersScreen;
import cedarpos.terminal.ui.shift.ShiftScreen;
import cedarpos.terminal.ui.signin.SignInScreen;
import cedarpos.terminal.ui.signin.StaffNeededPanel;
import cedarpos.terminal.ui.split.SplitScreen;
import java.awt.CardLayout;
import java.awt.EventQueue;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * The till's screens, one shown at a time, each built from the store's books, and the {@link Navigator} they go to
 * each other by. Only this class and the main window know every screen; a screen knows none but itself.
 */
final class Screens implements Navigator {
    static final String SIGN_IN = "signin";
    static final String STAFF_NEEDED = "staffNeeded";
    static final String FLOOR = "floor";
    static final String ORDER = "order";
    static final String PAYMENT = "payment";
    static final String SPLIT = "split";
    static final String SHIFT = "shift";
    static final String PRINTERS = "printers";
    static final String HISTORY = "history";

    final SignInScreen signIn;
    final StaffNeededPanel staffNeeded;
    final FloorScreen floor;
    final OrderScreen order;
    final PaymentScreen payment;
    final SplitScreen split;
    final ShiftScreen shift;
    final PrintersScreen printers;
    final HistoryScreen history;
    private final CardLayout cards = new CardLayout();
    private final JPanel deck = new JPanel(cards);
    private final Consumer<String> onShow;
    private String shown = "";

    /**
     * @param signedIn      who signed in on the sign-in screen
     * @param signedInStaff who is signed in now
     * @param onShow        the screen just shown, for the header to follow
     */
    Screens(TerminalStore store, PrinterHealthSource printerHealth, PrinterTroubleView printerTrouble,
            Threads threads, ResourceBundle messages, Locale locale, Clock clock, Consumer<StaffMember> signedIn,
            Supplier<String> signedInStaff, Consumer<String> onShow) {
        this.onShow = onShow;
        order = new OrderScreen(store.orders(), store.stock(), store.floor(), store.cashier(), this, threads,
                messages, locale);
        signIn = new SignInScreen(store.cashier(), threads, messages, clock, signedIn);
        staffNeeded = new StaffNeededPanel(messages, locale);
        floor = new FloorScreen(store.floor(), store.cashier()::names, this, threads, messages, clock);
        split = new SplitScreen(this, messages, order::shownName);
        payment = new PaymentScreen(store.payments(), store.cashier(), store.floor(), this, threads, messages);
        shift = new ShiftScreen(store.shifts(), store.cashier(), signedInStaff, threads, messages, locale);
        printers = new PrintersScreen(store.printJobs(), store.cashier(), printerHealth, printerTrouble, threads,
                messages, clock);
        history = new HistoryScreen(store.orders(), store.payments(), store.floor(), store.cashier(),
                store.printJobs(), this, threads, messages, clock, order::shownName);
        deck.add(shift.component(), SHIFT);
        deck.add(signIn.component(), SIGN_IN);
        deck.add(staffNeeded, STAFF_NEEDED);
        deck.add(floor.component(), FLOOR);
        deck.add(order.component(), ORDER);
        deck.add(payment.component(), PAYMENT);
        deck.add(split.component(), SPLIT);
        deck.add(printers.component(), PRINTERS);
        deck.add(history.component(), HISTORY);
    }

    JComponent component() {
        return deck;
    }

    /** The screen on show; empty before the first. */
    String shown() {
        return shown;
    }

    void show(String name) {
        assert EventQueue.isDispatchThread();
        if (PRINTERS.equals(shown) && !PRINTERS.equals(name)) {
            printers.closed();
        }
        shown = name;
        cards.show(deck, name);
        onShow.accept(name);
    }

    void setStaff(StaffMember who) {
        order.setStaff(who);
        printers.setStaff(who);
        history.setStaff(who);
    }

    @Override
    public void toFloor() {
        assert EventQueue.isDispatchThread();
        floor.reload();
        show(FLOOR);
    }

    @Override
    public void toTable(TableId table) {
        assert EventQueue.isDispatchThread();
        order.openTable(table);
        show(ORDER);
    }

    @Override
    public void toOrder(OrderId id) {
        assert EventQueue.isDispatchThread();
        order.showOrder(id);
        show(ORDER);
    }

    @Override
    public void backToOrder() {
        assert EventQueue.isDispatchThread();
        order.refresh();
        show(ORDER);
    }

    @Override
    public void toPayment(MergedOrder check) {
        payment.open(check, () -> show(PAYMENT));
    }

    @Override
    public void toPayment(ShareToPay share) {
        payment.openShare(share, () -> show(PAYMENT));
    }

    @Override
    public void toSplit(MergedOrder check) {
        assert EventQueue.isDispatchThread();
        split.open(check);
        show(SPLIT);
    }

    @Override
    public void paid(MergedOrder check) {
        assert EventQueue.isDispatchThread();
        order.clear();
        toFloor();
    }

    void toShift() {
        shift.start();
        show(SHIFT);
    }

    void toPrinters() {
        printers.opened();
        show(PRINTERS);
    }

    void toHistory() {
        history.load();
        show(HISTORY);
    }
}
