package cedarpos.terminal.ui;

import static cedarpos.terminal.ui.Screens.FLOOR;
import static cedarpos.terminal.ui.Screens.HISTORY;
import static cedarpos.terminal.ui.Screens.PRINTERS;
import static cedarpos.terminal.ui.Screens.SHIFT;
import static cedarpos.terminal.ui.Screens.SIGN_IN;
import static cedarpos.terminal.ui.Screens.STAFF_NEEDED;
import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;

import cedarpos.domain.staff.StaffMember;
import cedarpos.terminal.printing.PrinterHealthSource;
import cedarpos.terminal.store.StoreEvent;
import cedarpos.terminal.store.TerminalState;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.sync.ServerAddress;
import cedarpos.terminal.sync.SyncStatus;
import cedarpos.terminal.sync.SyncStatusSource;
import cedarpos.terminal.ui.alerts.StockAlertsBar;
import cedarpos.terminal.ui.alerts.StockAlertsPresenter;
import cedarpos.terminal.ui.kit.Ui;
import cedarpos.terminal.ui.reset.ResetDialog;
import cedarpos.terminal.ui.reset.ResetPresenter;
import cedarpos.terminal.ui.reset.TillActions;
import cedarpos.terminal.ui.status.RefusedEntriesDialog;
import cedarpos.terminal.ui.status.StatusBar;
import cedarpos.terminal.ui.status.StatusPresenter;
import java.awt.BorderLayout;
import java.awt.ComponentOrientation;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/**
 * The terminal's one window: a header (branch, terminal, who is signed in, the way to the tables, the drawer, the
 * printers and the history), the waiter's stock alerts, one screen at a time ({@link Screens}, which is also the
 * {@link cedarpos.terminal.ui.nav.Navigator} the screens go to each other by) and the status bar, which is always
 * there: a cashier always sees whether the till is online, how much waits to sync and when it last did.
 */
public final class MainWindow extends JFrame {
    private static final long serialVersionUID = 1L;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MainWindow.class.getName());

    private final transient TerminalStore store;
    private final transient SyncStatusSource sync;
    private final transient Threads threads;
    private final transient ResourceBundle messages;
    private final Locale locale;
    private final JButton languageButton;
    private final transient StatusPresenter status;
    private final transient StockAlertsPresenter alerts;
    private final transient Consumer<StoreEvent> storeListener;
    private final transient Consumer<SyncStatus> syncListener;
    private final StatusBar statusBar;
    private transient TillActions actions;
    private final JLabel branch;
    private final JLabel terminal;
    private final JLabel user;
    private final JButton tablesButton;
    private final JButton signOutButton;
    private final JButton shiftButton;
    private final JButton printersButton;
    private final JButton historyButton;
    private final transient PrinterHealthSource printerHealth;
    private final Timer clockTick;
    private final transient Screens screens;
    private transient StaffMember staff;

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

        Clock clock = Clock.systemDefaultZone();
        statusBar = new StatusBar();
        status = new StatusPresenter(statusBar, messages, clock);
        // read off the EDT like every query; the list is short (the server refuses only what can never apply)
        statusBar.onRefusedClicked(() -> threads.onIo(() -> store.rejectedEntries(500))
                .thenAccept(refused -> threads.onEdt(() -> new RefusedEntriesDialog(this, refused, messages,
                        clock.getZone()).setVisible(true))));
        screens = new Screens(store, printerHealth, statusBar::showPrinterTrouble, threads, messages, locale, clock,
                this::signedIn, () -> staff == null ? null : staff.name(), this::shown);
        tablesButton.addActionListener(e -> screens.toFloor());
        signOutButton.addActionListener(e -> signOut(SIGN_IN));
        shiftButton.addActionListener(e -> screens.toShift());
        printersButton.addActionListener(e -> screens.toPrinters());
        historyButton.addActionListener(e -> screens.toHistory());
        StockAlertsBar alertsBar = new StockAlertsBar(messages);
        alerts = new StockAlertsPresenter(store.stock(), alertsBar, threads, messages);
        alertsBar.bind(alerts);

        JPanel top = new JPanel(new BorderLayout());
        top.add(header, BorderLayout.PAGE_START);
        top.add(alertsBar, BorderLayout.CENTER);
        JPanel content = new JPanel(new BorderLayout());
        content.add(top, BorderLayout.PAGE_START);
        content.add(screens.component(), BorderLayout.CENTER);
        content.add(statusBar, BorderLayout.PAGE_END);
        setContentPane(content);
        applyComponentOrientation(ComponentOrientation.getOrientation(locale));

        storeListener = event -> {
            threads.onEdt(() -> screens.printers.storeChanged(event));
            if (event == StoreEvent.CATALOG) {
                threads.onEdt(this::reload);
            } else if (event == StoreEvent.REMOTE_CHANGES) {
                // another terminal may have changed, voided or flagged a line of the order on screen, or opened,
                // paid or moved a check (the floor plan); the server may have decided a claim (a denial raises an
                // alert) or sent new balances (the 86 list)
                threads.onEdt(() -> {
                    screens.order.refresh();
                    alerts.reload();
                    screens.floor.reload();
                });
            } else if (event == StoreEvent.LOCAL_WRITE) {
                threads.onEdt(screens.floor::reload);
            } else if (event == StoreEvent.STOCK_ALERTS) {
                threads.onEdt(alerts::reload);
            }
        };
        syncListener = s -> threads.onEdt(() -> {
            status.update(s);
            screens.order.setOnline(s.online());
        });
        // the pending age keeps growing while offline: re-render it every second; a PIN lockout counts down;
        // the checks' ages on the floor plan move on every half minute
        int[] seconds = {0};
        clockTick = new Timer(1000, e -> {
            status.refresh();
            screens.signIn.tick();
            if (++seconds[0] % 30 == 0 && FLOOR.equals(screens.shown())) {
                screens.floor.reload();
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

    /**
     * What the process running this till lets a manager do to it: "Reset this till" on the Printers screen (where
     * the till's own settings are) and, while the server refuses its token, "Enroll again" on the status bar.
     */
    public void offer(TillActions tillActions) {
        assert EventQueue.isDispatchThread();
        actions = tillActions;
        ResetPresenter reset = new ResetPresenter(store.cashier(), store::pendingCount,
                ResetDialog.over(this, messages), threads, messages, new TillActions() {
                    @Override
                    public void reset(Locale l) {
                        giveWay();
                        tillActions.reset(l);
                    }

                    @Override
                    public void enrollAgain(Locale l) {
                        giveWay();
                        tillActions.enrollAgain(l);
                    }
                });
        screens.printers.onResetTill(() -> reset.reset(staff, locale));
        statusBar.onEnrollAgain(messages.getString("reenroll.button"), () -> reset.enrollAgain(staff, locale));
    }

    /** This window closes for the setup screen: whoever waits for the till to close does not hear of it. */
    private void giveWay() {
        for (java.awt.event.WindowListener l : getWindowListeners()) {
            removeWindowListener(l);
        }
        dispose();
    }

    private void reload() {
        assert EventQueue.isDispatchThread();
        screens.order.reloadCatalog();
        alerts.reload();
        screens.floor.reload();
        threads.onIo(store::state).thenAcceptAsync(this::showIdentity, threads.edt());
        threads.onIo(() -> store.cashier().staff().isEmpty()).thenAcceptAsync(this::staffLoaded, threads.edt());
    }

    /**
     * Nobody sells on a till whose branch has no staff: it waits on the staff-needed screen, which the first
     * catalog with staff replaces with the PIN pad. A catalog that takes the last of them away signs out whoever
     * was in.
     */
    private void staffLoaded(boolean none) {
        assert EventQueue.isDispatchThread();
        String screen = screens.shown();
        if (none && !STAFF_NEEDED.equals(screen)) {
            signOut(STAFF_NEEDED);
        } else if (!none && (screen.isEmpty() || STAFF_NEEDED.equals(screen))) {
            signOut(SIGN_IN);
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

    /**
     * The other language, from now on on this till: the one it starts in (unless started with --locale) and, for
     * whoever is signed in, the one they get when they sign in again.
     */
    private void switchLanguage() {
        assert EventQueue.isDispatchThread();
        Locale next = "ar".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ar");
        StaffMember who = staff;
        threads.onIo(() -> {
            store.preferences().setTillLanguage(next);
            if (who != null) {
                store.preferences().setLanguage(who.id(), next);
            }
        }).whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                LOG.log(java.util.logging.Level.SEVERE, "language choice not kept", failure);
            }
            relaunch(next, who);
        }, threads.edt());
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
        if (actions != null) {
            w.offer(actions);
        }
        if (who != null) {
            w.enter(who);
        }
        dispose();
    }

    private void enter(StaffMember who) {
        assert EventQueue.isDispatchThread();
        staff = who;
        screens.setStaff(who);
        user.setText(MessageFormat.format(messages.getString("header.user"), who.name(),
                messages.getString("role." + who.role().name())));
        screens.toFloor();
    }

    /** Nobody signed in any more; {@code screen} (the PIN pad, or the staff-needed screen) shows. */
    private void signOut(String screen) {
        assert EventQueue.isDispatchThread();
        staff = null;
        screens.setStaff(null);
        user.setText(" ");
        screens.signIn.reset();
        screens.show(screen);
    }

    /** The header follows the screen shown. */
    private void shown(String name) {
        assert EventQueue.isDispatchThread();
        boolean in = staff != null && !SIGN_IN.equals(name) && !STAFF_NEEDED.equals(name);
        tablesButton.setVisible(in && !FLOOR.equals(name));
        signOutButton.setVisible(in);
        // a waiter takes orders; the drawer and payments are the cashier's and the manager's
        shiftButton.setVisible(in && !SHIFT.equals(name) && staff.role().takesPayment());
        printersButton.setVisible(in && !PRINTERS.equals(name));
        historyButton.setVisible(in && !HISTORY.equals(name));
    }

    /** The screen on show: "signin", "staffNeeded", "floor", "order", "payment", "split", "shift", "printers" or "history". */
    public String screen() {
        return screens.shown();
    }

    /**
     * Shows a saved order on the order screen, to whoever is signed in.
     *
     * @throws IllegalStateException when nobody is: orders are taken by a member of staff
     */
    public void showOrder(cedarpos.domain.OrderId id) {
        assert EventQueue.isDispatchThread();
        if (staff == null) {
            throw new IllegalStateException("nobody is signed in on this till");
        }
        screens.toOrder(id);
    }

    private void showIdentity(TerminalState st) {
        assert EventQueue.isDispatchThread();
        branch.setText(st.branchName() == null ? messages.getString("header.noBranch")
                : MessageFormat.format(messages.getString("header.branch"), st.branchName()));
        terminal.setText(MessageFormat.format(messages.getString("header.terminal"), st.name()));
        screens.staffNeeded.showAdmin(st.serverUri() == null ? messages.getString("staffNeeded.adminUnknown")
                : ServerAddress.admin(st.serverUri()).toString());
    }

    @Override
    public void dispose() {
        clockTick.stop();
        store.removeListener(storeListener);
        sync.removeListener(syncListener);
        screens.printers.dispose();
        super.dispose();
    }
}
