/**
 * The terminal's SQLite database, by capability. {@link cedarpos.terminal.store.TerminalStore} opens it, holds the
 * terminal's identity and sync state ({@link cedarpos.terminal.store.TerminalState}) and its listeners, and hands out
 * the books the rest of the terminal reads and writes through:
 * <ul>
 * <li>{@link cedarpos.terminal.store.OrderBook} ({@code orders()}): checks while they are taken, and reading them;
 * <li>{@link cedarpos.terminal.store.PaymentBook} ({@code payments()}): settling, paying a share, refunding;
 * <li>{@link cedarpos.terminal.store.FloorBook} ({@code floor()}): tables, their statuses, the floor plan;
 * <li>{@link cedarpos.terminal.store.StockBook} ({@code stock()}): balances, claims, dishes left, alerts,
 * adjustments;
 * <li>{@link cedarpos.terminal.store.ShiftBook} ({@code shifts()}): the drawer and the Z report;
 * <li>{@link cedarpos.terminal.store.PrintJobs} ({@code printJobs()}): the print queue;
 * <li>{@link cedarpos.terminal.store.CashierCatalog} ({@code cashier()}): menu, rate, VAT, modifiers, staff;
 * <li>{@link cedarpos.terminal.store.StaffPreferences} ({@code preferences()}) and, for the sync worker only,
 * {@link cedarpos.terminal.store.SyncLog} ({@code syncLog()}).
 * </ul>
 * Every local write is one transaction ({@code LocalWrites}) that joins the change into the stored state and
 * appends its outbox entry; an order change goes through {@code OrderChanges}. Events: {@link
 * cedarpos.terminal.store.StoreEvent}, to listeners on the writing thread after the commit. Never imports Swing.
 */
package cedarpos.terminal.store;
