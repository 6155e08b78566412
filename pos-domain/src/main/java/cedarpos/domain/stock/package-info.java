/**
 * Stock and reservations, decided by the server and shown by every terminal: recipes say what a dish takes,
 * {@link cedarpos.domain.stock.Allocation} decides each line's claim in arrival order so that no portion is
 * sold twice, and {@link cedarpos.domain.stock.Reservation} is the decision every replica keeps by version.
 * Stock levels themselves are the sum of the adjustment ledger ({@link cedarpos.domain.merge.StockLedger}).
 */
package cedarpos.domain.stock;
