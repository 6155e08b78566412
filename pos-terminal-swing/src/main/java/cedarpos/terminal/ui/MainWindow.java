package cedarpos.terminal.ui;

import cedarpos.terminal.ui.kit.Ui;
import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.terminal.store.StoreEvent;
import cedarpos.terminal.store.TerminalState;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.sync.SyncStatus;
import cedarpos.terminal.sync.SyncStatusSource;
import cedarpos.terminal.ui.alerts.StockAlertsBar;
import cedarpos.terminal.ui.alerts.StockAlertsPresenter;
import cedarpos.terminal.ui.order.OrderPanel;
import cedarpos.terminal.ui.order.OrderPresenter;
import cedarpos.terminal.ui.status.StatusBar;
import cedarpos.terminal.printing.PrinterHealthSource;
import cedarpos.terminal.ui.printers.PrintersScreen;
import cedarpos.terminal.ui.status.StatusPresenter;
import cedarpos.domain.TableId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.staff.StaffMember;
import cedarpos.terminal.ui.floor.FloorPanel;
import cedarpos.terminal.ui.floor.FloorPresenter;
import cedarpos.terminal.ui.shift.ShiftPanel;
import cedarpos.terminal.ui.shift.ShiftPresenter;
import cedarpos.terminal.ui.history.HistoryPanel;
import cedarpos.terminal.ui.history.HistoryPresenter;
import cedarpos.terminal.ui.signin.SignInPanel;
import cedarpos.terminal.ui.split.SplitPanel;
import cedarpos.terminal.ui.split.SplitPresenter;
import cedarpos.terminal.ui.signin.SignInPresenter;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.FlowLayout;
import javax.swing.Box;
import javax.swing.JButton;
import java.awt.ComponentOrientation;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/**
 * The terminal's one window: a header (branch, terminal, who is signed in, the way back to the tables), the waiter's
 * stock alerts, one screen at a time (PIN sign-in, floor plan, order, payment) and the status bar, which is always
 * there: a cashier always sees whether the till is online, how much waits to sync and when it last did.
 */
public final class MainWindow extends JFrame {
    private static final long serialVersionUID = 1L;
    private static final String SIGN_IN = "signin";
    private static final String FLOOR = "floor";
    private static final String ORDER = "order";
    private static final String PAYMENT = "payment";
    private static final String SPLIT = "split";
    private static final String SHIFT = "shift";
    private static final String PRINTERS = "printers";
    private static final String HISTORY = "history";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MainWindow.class.getName());

    private final transient TerminalStore store;
    private final transient SyncStatusSource sync;
    private final transient Threads threads;
    private final transient ResourceBundle messages;
    private final Locale locale;
    private final JButton languageButton;
    private final transient OrderPresenter orders;
    private final transient StatusPresenter status;
    private final transient StockAlertsPresenter alerts;
    private final transient Consumer<StoreEvent> storeListener;
    private final transient Consumer<SyncStatus> syncListener;
    private final JLabel branch;
    private final JLabel terminal;
    private final JLabel user;
    private final JButton tablesButton;
    private final JButton signOutButton;
    private final JButton shiftButton;
    private final JButton printersButton;
    private final JButton historyButton;
    private final transient HistoryPresenter history;
    private final transient PrintersScreen printers;
    private final transient PrinterHealthSource printerHealth;
    private final Timer clockTick;
    private final CardLayout cards = new CardLayout();
    private final JPanel screens = new JPanel(cards);
    private final transient SignInPresenter signIn;
    private final transient FloorPresenter floor;
    private final transient PaymentScreen payment;
    private final transient SplitPresenter split;
    private final transient ShiftPresenter shift;
    private transient StaffMember staff;
    /** No staff in the catalog yet: the till opens without a PIN rather than lock everyone out. */
    private boolean signInOff = true;
    private String screen = "";

    private MainWindow(TerminalStore store, SyncStatusSource sync, PrinterHealthSource printerHealth, Locale locale,
                       Threads threads) {
        this.printerHealth = printerHealth;
        this.locale = locale;
        this.store = store;
        this.sync = sync;
        this.threads = threads;
        this.messages = Ui.messages(locale);
        setTitle(messages.getString("app.title"));
        setName("main");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setMinimumSize(new Dimension(1024, 700));
        setSize(new Dimension(1024, 768));

        int gap = Ui.size("CedarPos.gap", 10);
        JPanel header = styled(new JPanel(new BorderLayout()), "header");
        header.setBorder(BorderFactory.createEmptyBorder(gap + 2, gap * 2, gap + 2, gap * 2));
        branch = named(styled(new JLabel(messages.getString("header.noBranch")), "headerTitle"), "header.branch");
        terminal = named(styled(new JLabel(" "), "headerSub"), "header.terminal");
        user = named(styled(new JLabel(" "), "headerSub"), "header.user");
        tablesButton = named(styled(new JButton(messages.getString("nav.tables")), "headerButton"), "nav.tables");
        signOutButton = named(styled(new JButton(messages.getString("nav.signOut")), "headerButton"),
                "nav.signOut");
        shiftButton = named(styled(new JButton(messages.getString("nav.shift")), "headerButton"), "nav.shift");
        // named in the language it switches to, so that whoever reads only that one finds it
        languageButton = named(styled(new JButton(messages.getString("nav.otherLanguage")), "headerButton"),
                "nav.language");
        languageButton.setFocusable(false);
        languageButton.addActionListener(e -> switchLanguage());
        // touch targets: focus would only leave a highlight behind on the dark header
        tablesButton.setFocusable(false);
        signOutButton.setFocusable(false);
        shiftButton.setFocusable(false);
        printersButton = named(styled(new JButton(messages.getString("nav.printers")), "headerButton"),
                "nav.printers");
        printersButton.setFocusable(false);
        historyButton = named(styled(new JButton(messages.getString("nav.history")), "headerButton"),
                "nav.history");
        historyButton.setFocusable(false);
        JPanel identity = new JPanel(new BorderLayout(0, 2));
        identity.setOpaque(false);
        identity.add(branch, BorderLayout.PAGE_START);
        // who is signed in goes under the branch, beside the terminal: the buttons need the header's width
        JPanel who = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        who.setOpaque(false);
        who.add(terminal);
        who.add(Box.createHorizontalStrut(gap * 2));
        who.add(user);
        identity.add(who, BorderLayout.PAGE_END);
        JPanel session = new JPanel(new FlowLayout(FlowLayout.TRAILING, gap, 0));
        session.setOpaque(false);
        session.add(languageButton);
        session.add(printersButton);
        session.add(historyButton);
        session.add(shiftButton);
        session.add(tablesButton);
        session.add(signOutButton);
        header.add(identity, BorderLayout.LINE_START);
        header.add(session, BorderLayout.LINE_END);

        OrderPanel orderPanel = new OrderPanel(messages, locale);
        orders = new OrderPresenter(store.orders(), store.stock(), store.floor(), store.cashier(),
                () -> store.state().name(), orderPanel, threads, messages);
        orderPanel.bind(orders);
        Clock clock = Clock.systemDefaultZone();
        SignInPanel signInPanel = new SignInPanel(messages);
        signIn = new SignInPresenter(store.cashier(), signInPanel, threads, messages, clock, this::signedIn);
        signInPanel.bind(signIn);
        FloorPanel floorPanel = new FloorPanel(messages);
        floor = new FloorPresenter(store.floor(), floorPanel, threads, messages, clock, this::openTable);
        floorPanel.bind(floor);
        SplitPanel splitPanel = new SplitPanel(messages);
        split = new SplitPresenter(splitPanel, messages, this::payShare, this::backToOrder, orders::shownName);
        splitPanel.bind(split);
        payment = new PaymentScreen(store, threads, messages, this::paid, () -> show(ORDER), this::split);
        orders.onPay(order -> payment.open(order, () -> show(PAYMENT)));
        orders.onSplit(this::split);
        tablesButton.addActionListener(e -> {
            floor.reload();
            show(FLOOR);
        });
        signOutButton.addActionListener(e -> signOut());
        ShiftPanel shiftPanel = new ShiftPanel(messages, locale);
        shift = new ShiftPresenter(store.shifts(), store.cashier(), () -> store.state().name(), shiftPanel,
                threads, messages, () -> staff == null ? null : staff.name());
        shiftPanel.bind(shift);
        shiftButton.addActionListener(e -> {
            shift.start();
            show(SHIFT);
        });
        screens.add(shiftPanel, SHIFT);
        screens.add(signInPanel, SIGN_IN);
        screens.add(floorPanel, FLOOR);
        screens.add(orderPanel, ORDER);
        screens.add(payment.component(), PAYMENT);
        screens.add(splitPanel, SPLIT);
        StatusBar statusBar = new StatusBar();
        status = new StatusPresenter(statusBar, messages, clock);
        // read off the EDT like every query; the list is short (the server refuses only what can never apply)
        statusBar.onRefusedClicked(() -> threads.onIo(() -> store.rejectedEntries(500))
                .thenAccept(refused -> threads.onEdt(() -> new cedarpos.terminal.ui.status.RefusedEntriesDialog(this,
                        refused, messages, clock.getZone()).setVisible(true))));
        printers = new PrintersScreen(store, printerHealth, statusBar, threads, messages, clock);
        screens.add(printers.component(), PRINTERS);
        printersButton.addActionListener(e -> {
            printers.opened();
            show(PRINTERS);
        });
        HistoryPanel historyPanel = new HistoryPanel(messages);
        history = new HistoryPresenter(store.orders(), store.payments(), store.floor(), store.cashier(),
                historyPanel, threads, messages, clock, (order, copy) -> {
            if (store.printJobs().printReceipt(order, copy).isEmpty()) {
                throw new IllegalStateException(messages.getString("history.noReceiptPrinter"));
            }
        }, this::reopened, orders::shownName);
        historyPanel.bind(history);
        screens.add(historyPanel, HISTORY);
        historyButton.addActionListener(e -> {
            history.load();
            show(HISTORY);
        });
        StockAlertsBar alertsBar = new StockAlertsBar(messages);
        alerts = new StockAlertsPresenter(store.stock(), alertsBar, threads, messages);
        alertsBar.bind(alerts);

        JPanel top = new JPanel(new BorderLayout());
        top.add(header, BorderLayout.PAGE_START);
        top.add(alertsBar, BorderLayout.CENTER);
        JPanel content = new JPanel(new BorderLayout());
        content.add(top, BorderLayout.PAGE_START);
        content.add(screens, BorderLayout.CENTER);
        content.add(statusBar, BorderLayout.PAGE_END);
        setContentPane(content);
        applyComponentOrientation(ComponentOrientation.getOrientation(locale));

        storeListener = event -> {
            threads.onEdt(() -> printers.storeChanged(event));
            if (event == StoreEvent.CATALOG) {
                threads.onEdt(this::reload);
            } else if (event == StoreEvent.REMOTE_CHANGES) {
                // another terminal may have changed, voided or flagged a line of the order on screen, or opened,
                // paid or moved a check (the floor plan); the server may have decided a claim (a denial raises an
                // alert) or sent new balances (the 86 list)
                threads.onEdt(() -> {
                    orders.refresh();
                    alerts.reload();
                    floor.reload();
                });
            } else if (event == StoreEvent.LOCAL_WRITE) {
                threads.onEdt(floor::reload);
            } else if (event == StoreEvent.STOCK_ALERTS) {
                threads.onEdt(alerts::reload);
            }
        };
        syncListener = s -> threads.onEdt(() -> {
            status.update(s);
            orders.setOnline(s.online());
        });
        // the pending age keeps growing while offline: re-render it every second; a PIN lockout counts down;
        // the checks' ages on the floor plan move on every half minute
        int[] seconds = {0};
        clockTick = new Timer(1000, e -> {
            status.refresh();
            signIn.tick();
            if (++seconds[0] % 30 == 0 && FLOOR.equals(screen)) {
                floor.reload();
            }
        });
    }

    /** {@link #open(TerminalStore, SyncStatusSource, PrinterHealthSource, Locale, Threads)} with no printers' news. */
    public static MainWindow open(TerminalStore store, SyncStatusSource sync, Locale locale, Threads threads) {
        return open(store, sync, NO_PRINTERS, locale, threads);
    }

    /** A till that hears nothing of printers: the Printers screen shows the queue alone. */
    private static final PrinterHealthSource NO_PRINTERS = new PrinterHealthSource() {
        @Override
        public void addListener(Consumer<java.util.List<cedarpos.terminal.printing.PrinterHealth>> listener) {
            listener.accept(java.util.List.of());
        }

        @Override
        public void removeListener(Consumer<java.util.List<cedarpos.terminal.printing.PrinterHealth>> listener) {
            // nothing was kept
        }
    };

    /**
     * Builds and shows the window; call on the EDT.
     *
     * @param sync          the sync worker (whose statuses arrive already coalesced to a few a second)
     * @param printerHealth the print service: each printer's health for the Printers screen and the status bar
     */
    public static MainWindow open(TerminalStore store, SyncStatusSource sync, PrinterHealthSource printerHealth,
                                  Locale locale, Threads threads) {
        assert EventQueue.isDispatchThread();
        MainWindow w = new MainWindow(store, sync, printerHealth, locale, threads);
        w.store.addListener(w.storeListener);
        w.sync.addListener(w.syncListener);
        w.clockTick.start();
        w.reload();
        w.setLocationRelativeTo(null);
        w.setVisible(true);
        return w;
    }

    private void reload() {
        assert EventQueue.isDispatchThread();
        orders.reloadCatalog();
        alerts.reload();
        floor.reload();
        threads.onIo(store::state).thenAcceptAsync(this::showIdentity, threads.edt());
        threads.onIo(() -> store.cashier().staff().isEmpty()).thenAcceptAsync(this::staffLoaded, threads.edt());
    }

    /** The first catalog with staff turns sign-in on; until then (or if a branch has none) the till opens as is. */
    private void staffLoaded(boolean none) {
        assert EventQueue.isDispatchThread();
        boolean wasOff = signInOff;
        signInOff = none;
        if (screen.isEmpty() || wasOff != none && staff == null) {
            if (none) {
                user.setText(messages.getString("header.signInOff"));
                show(screen.isEmpty() || SIGN_IN.equals(screen) ? FLOOR : screen);
            } else {
                signOut();
            }
        } else {
            show(screen); // the header's buttons follow whether sign-in is on
        }
    }

    /** Signed in: in the language this person chose on this till, if they chose one. */
    private void signedIn(StaffMember who) {
        assert EventQueue.isDispatchThread();
        threads.onIo(() -> store.preferences().language(who.id())).thenAcceptAsync(chosen -> {
            if (chosen.isPresent() && !chosen.get().getLanguage().equals(locale.getLanguage())) {
                relaunch(chosen.get(), who);
            } else {
                enter(who);
            }
        }, threads.edt()).exceptionally(e -> {
            LOG.log(java.util.logging.Level.SEVERE, "language preference not read", e);
            threads.onEdt(() -> enter(who));
            return null;
        });
    }

    /** The other language, for whoever is signed in, from now on on this till. */
    private void switchLanguage() {
        assert EventQueue.isDispatchThread();
        Locale next = "ar".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ar");
        StaffMember who = staff;
        if (who == null) {
            relaunch(next, null);
            return;
        }
        threads.onIo(() -> store.preferences().setLanguage(who.id(), next))
                .thenRunAsync(() -> relaunch(next, who), threads.edt());
    }

    /**
     * The same till in another language: a new window built in it (every string, mirrored or not) takes this
     * one's place, size and listeners, with the same person signed in.
     */
    private void relaunch(Locale next, StaffMember who) {
        MainWindow w = open(store, sync, printerHealth, next, threads);
        w.setBounds(getBounds());
        for (java.awt.event.WindowListener l : getWindowListeners()) {
            removeWindowListener(l);
            w.addWindowListener(l);
        }
        if (who != null) {
            w.enter(who);
        }
        dispose();
    }

    private void enter(StaffMember who) {
        assert EventQueue.isDispatchThread();
        staff = who;
        orders.setStaff(who);
        printers.setStaff(who);
        history.setStaff(who);
        user.setText(MessageFormat.format(messages.getString("header.user"), who.name(),
                messages.getString("role." + who.role().name())));
        floor.reload();
        show(FLOOR);
    }

    private void signOut() {
        assert EventQueue.isDispatchThread();
        if (signInOff) {
            return;
        }
        staff = null;
        orders.setStaff(null);
        printers.setStaff(null);
        history.setStaff(null);
        user.setText(" ");
        signIn.reset();
        show(SIGN_IN);
    }

    private void openTable(TableId table) {
        assert EventQueue.isDispatchThread();
        if (table == null) {
            orders.startCounterOrder();
        } else {
            orders.openTable(table);
        }
        show(ORDER);
    }

    /** The split screen for a check: from the order screen, and again after each share until the last. */
    private void split(MergedOrder order) {
        assert EventQueue.isDispatchThread();
        split.open(order);
        show(SPLIT);
    }

    private void payShare(SplitPresenter.ShareToPay share) {
        payment.openShare(share, () -> show(PAYMENT));
    }

    /** Back from splitting: the order screen shows the check as it now stands (some shares may be paid). */
    private void backToOrder() {
        orders.refresh();
        show(ORDER);
    }

    /** A check reopened from the order history: on the order screen, to change and pay again. */
    private void reopened(cedarpos.domain.OrderId id) {
        orders.showOrder(id);
        show(ORDER);
    }

    private void paid(MergedOrder order) {
        assert EventQueue.isDispatchThread();
        orders.clear();
        floor.reload();
        show(FLOOR);
    }

    private void show(String name) {
        assert EventQueue.isDispatchThread();
        if (PRINTERS.equals(screen) && !PRINTERS.equals(name)) {
            printers.closed();
        }
        screen = name;
        cards.show(screens, name);
        boolean in = !SIGN_IN.equals(name);
        tablesButton.setVisible(in && !FLOOR.equals(name));
        signOutButton.setVisible(in && !signInOff);
        // a waiter takes orders; the drawer and payments are the cashier's and the manager's
        shiftButton.setVisible(in && !SHIFT.equals(name) && (staff == null || staff.role().takesPayment()));
        printersButton.setVisible(in && !PRINTERS.equals(name));
        historyButton.setVisible(in && !HISTORY.equals(name));
    }

    /** The screen on show: "signin", "floor", "order", "payment", "split", "shift", "printers" or "history". */
    public String screen() {
        return screen;
    }

    /** Shows a saved order on the order screen. */
    public void showOrder(cedarpos.domain.OrderId id) {
        assert EventQueue.isDispatchThread();
        orders.showOrder(id);
        show(ORDER);
    }

    private void showIdentity(TerminalState st) {
        assert EventQueue.isDispatchThread();
        branch.setText(st.branchName() == null ? messages.getString("header.noBranch")
                : MessageFormat.format(messages.getString("header.branch"), st.branchName()));
        terminal.setText(MessageFormat.format(messages.getString("header.terminal"), st.name()));
    }

    @Override
    public void dispose() {
        clockTick.stop();
        store.removeListener(storeListener);
        sync.removeListener(syncListener);
        printers.dispose();
        super.dispose();
    }
}
