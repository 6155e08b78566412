package cedarpos.terminal.ui.alerts;

import java.util.List;

/** The waiter's stock alerts as their presenter drives them. Every method is called on the EDT. */
public interface StockAlertsView {
    /**
     * One denial the waiter must see until acknowledged.
     *
     * @param id   what acknowledging it passes back
     * @param dish the dish's name, to name the row's controls
     * @param text what happened, localized ("Sold out: 2 x Fried Kibbeh for table T1. ...")
     */
    record Row(long id, String dish, String text) {
    }

    /**
     * @param rows the oldest alerts, at most a few; none hides the bar
     * @param more "and 2 more" when more wait behind them, else null
     */
    void showAlerts(List<Row> rows, String more);
}
