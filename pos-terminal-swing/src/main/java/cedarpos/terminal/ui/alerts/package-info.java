/**
 * The waiter's stock alerts band under the header: denials of lines this terminal took, until acknowledged. Reads
 * and acknowledges through the {@code StockBook}; reloaded on {@code STOCK_ALERTS} and {@code REMOTE_CHANGES}.
 * API: {@link cedarpos.terminal.ui.alerts.StockAlertsBar}, {@link cedarpos.terminal.ui.alerts.StockAlertsPresenter}.
 */
package cedarpos.terminal.ui.alerts;
