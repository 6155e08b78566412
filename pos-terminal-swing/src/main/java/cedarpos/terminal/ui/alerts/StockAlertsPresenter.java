package cedarpos.terminal.ui.alerts;

import cedarpos.terminal.store.StockBook;
import cedarpos.terminal.store.StockBook;
import cedarpos.terminal.support.Threads;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The denials of lines this terminal took that its waiter has not acknowledged: shown until the waiter taps OK,
 * never in a dialog that would stop the till. All methods are called on the UI thread; the store is read and
 * written on the IO executor.
 */
public final class StockAlertsPresenter {
    private static final Logger LOG = Logger.getLogger(StockAlertsPresenter.class.getName());
    /** More rows than this would push the order screen off the window: the rest wait their turn. */
    static final int SHOWN = 3;

    private final StockBook stock;
    private final StockAlertsView view;
    private final Threads threads;
    private final ResourceBundle messages;
    private List<StockBook.Alert> alerts = List.of();
    /** Acknowledged here: hidden at once, and never shown again by a reload that read the store before. */
    private final Set<Long> dismissed = new HashSet<>();
    /** Reloads issued and the newest one shown: two IO threads may bring results back out of order. */
    private long issued;
    private long shown;

    public StockAlertsPresenter(StockBook stock, StockAlertsView view, Threads threads,
                                ResourceBundle messages) {
        this.stock = stock;
        this.view = view;
        this.threads = threads;
        this.messages = messages;
    }

    /** Reads the open alerts again: at start, when changes were pulled and when one was acknowledged. */
    public void reload() {
        long ticket = ++issued;
        threads.onIo(() -> stock.alerts()).thenAcceptAsync(loaded -> {
            if (ticket > shown) {
                shown = ticket;
                alerts = loaded;
                render();
            }
        }, threads.edt()).exceptionally(e -> {
            LOG.log(Level.SEVERE, "stock alerts load failed", e);
            return null;
        });
    }

    /** The waiter saw it: it goes at once; a second tap, or one acknowledged already, changes nothing. */
    public void acknowledge(long id) {
        if (!dismissed.add(id)) {
            return;
        }
        render();
        threads.onIo(() -> stock.acknowledge(id)).whenCompleteAsync((done, error) -> {
            if (error != null) {
                // not recorded: show it again rather than lose a denial the waiter must act on
                LOG.log(Level.SEVERE, "stock alert acknowledge failed alert=" + id, error);
                dismissed.remove(id);
            } else {
                LOG.info(() -> "stock alert acknowledged alert=" + id + (done ? "" : " (already)"));
            }
            reload();
        }, threads.edt());
    }

    private void render() {
        List<StockBook.Alert> open = alerts.stream().filter(a -> !dismissed.contains(a.id())).toList();
        List<StockAlertsView.Row> rows = open.stream().limit(SHOWN).map(this::row).toList();
        String more = open.size() > SHOWN
                ? MessageFormat.format(messages.getString("alerts.more"), open.size() - SHOWN) : null;
        view.showAlerts(rows, more);
    }

    private StockAlertsView.Row row(StockBook.Alert a) {
        return new StockAlertsView.Row(a.id(), a.dish(), MessageFormat.format(messages.getString("alerts.text"),
                a.portions(), a.dish(), where(a.tableLabel())));
    }

    private String where(String tableLabel) {
        return tableLabel == null ? messages.getString("alerts.counter")
                : MessageFormat.format(messages.getString("alerts.table"), tableLabel);
    }
}
