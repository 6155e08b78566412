/**
 * The order history screen: today's checks, reprinting a receipt, reopening a paid check and refunds, each approved
 * by a manager. {@link cedarpos.terminal.ui.history.HistoryScreen} wires it to the order, payment and floor books
 * and the print queue; a reopened check goes to the order screen through the navigator.
 */
package cedarpos.terminal.ui.history;
