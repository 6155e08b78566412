package cedarpos.terminal.ui;

import static cedarpos.terminal.ui.Ui.named;
import static cedarpos.terminal.ui.Ui.styled;

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
import cedarpos.terminal.ui.status.StatusPresenter;
import java.awt.BorderLayout;
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

/** The terminal's one window: header, the waiter's stock alerts, order screen, status bar. */
public final class MainWindow extends JFrame {
    private static final long serialVersionUID = 1L;

    private final transient TerminalStore store;
    private final transient SyncStatusSource sync;
    private final transient Threads threads;
    private final transient ResourceBundle messages;
    private final transient OrderPresenter orders;
    private final transient StatusPresenter status;
    private final transient StockAlertsPresenter alerts;
    private final transient Consumer<StoreEvent> storeListener;
    private final transient Consumer<SyncStatus> syncListener;
    private final JLabel branch;
    private final JLabel terminal;
    private final Timer clockTick;

    private MainWindow(TerminalStore store, SyncStatusSource sync, Locale locale, Threads threads) {
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
        header.add(branch, BorderLayout.LINE_START);
        header.add(terminal, BorderLayout.LINE_END);

        OrderPanel orderPanel = new OrderPanel(messages, locale);
        orders = new OrderPresenter(store, orderPanel, threads, messages);
        orderPanel.bind(orders);
        StatusBar statusBar = new StatusBar();
        status = new StatusPresenter(statusBar, messages, Clock.systemDefaultZone());
        StockAlertsBar alertsBar = new StockAlertsBar(messages);
        alerts = new StockAlertsPresenter(store, alertsBar, threads, messages);
        alertsBar.bind(alerts);

        JPanel top = new JPanel(new BorderLayout());
        top.add(header, BorderLayout.PAGE_START);
        top.add(alertsBar, BorderLayout.CENTER);
        JPanel content = new JPanel(new BorderLayout());
        content.add(top, BorderLayout.PAGE_START);
        content.add(orderPanel, BorderLayout.CENTER);
        content.add(statusBar, BorderLayout.PAGE_END);
        setContentPane(content);
        applyComponentOrientation(ComponentOrientation.getOrientation(locale));

        storeListener = event -> {
            if (event == StoreEvent.CATALOG) {
                threads.onEdt(this::reload);
            } else if (event == StoreEvent.REMOTE_CHANGES) {
                // another terminal may have changed, voided or flagged a line of the order on screen; the server
                // may have decided a claim (a denial raises an alert) or sent new balances (the 86 list)
                threads.onEdt(() -> {
                    orders.refresh();
                    alerts.reload();
                });
            } else if (event == StoreEvent.STOCK_ALERTS) {
                threads.onEdt(alerts::reload);
            }
        };
        syncListener = s -> threads.onEdt(() -> {
            status.update(s);
            orders.setOnline(s.online());
        });
        // the pending age keeps growing while offline: re-render it every second
        clockTick = new Timer(1000, e -> status.refresh());
    }

    /**
     * Builds and shows the window; call on the EDT.
     *
     * @param sync the sync worker (whose statuses arrive already coalesced to a few a second)
     */
    public static MainWindow open(TerminalStore store, SyncStatusSource sync, Locale locale, Threads threads) {
        assert EventQueue.isDispatchThread();
        MainWindow w = new MainWindow(store, sync, locale, threads);
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
        threads.onIo(store::state).thenAcceptAsync(this::showIdentity, threads.edt());
    }

    /** Shows a saved order on the order screen. */
    public void showOrder(cedarpos.domain.OrderId id) {
        assert EventQueue.isDispatchThread();
        orders.showOrder(id);
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
        super.dispose();
    }
}
