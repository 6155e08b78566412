/**
 * The merge rule of every record the product syncs, one pure implementation
 * run by the server to reconcile and by the terminal over what it pulls. Every
 * record is a state whose join is commutative, associative and idempotent, so
 * replicas that hold the same changes show the same thing, conflicts included.
 *
 * <table>
 * <caption>Merge rule per record type (docs/protocol.md has the same table)</caption>
 * <tr><th>record</th><th>type</th><th>rule</th></tr>
 * <tr><td>table status</td><td>{@link cedarpos.domain.merge.TableState}</td>
 * <td>last write wins by {@link cedarpos.domain.merge.Stamp} (server-clock time, then terminal id)</td></tr>
 * <tr><td>order header: discount, guests, table, status, payment</td>
 * <td>{@link cedarpos.domain.merge.Lww} registers of {@link cedarpos.domain.merge.OrderState}</td>
 * <td>last write wins per field; SENT is derived from the lines</td></tr>
 * <tr><td>order lines</td><td>{@link cedarpos.domain.merge.LineState}</td>
 * <td>set union of adds and edits; a void is a tombstone; edits that did not see each other on one field, or a
 * void against an unseen edit, are kept and flagged; a void after the kitchen ticket is flagged for review</td></tr>
 * <tr><td>a settled order</td><td>{@link cedarpos.domain.merge.Settlement}</td>
 * <td>any change the settlement did not cover is flagged, never applied silently to the paid check</td></tr>
 * <tr><td>conflict decisions</td><td>{@link cedarpos.domain.merge.Resolver}</td>
 * <td>a manager's decision is a change whose bases are every current change of the line</td></tr>
 * <tr><td>inventory adjustments</td><td>{@link cedarpos.domain.merge.StockLedger}</td>
 * <td>grow-only set by adjustment id; the level is the sum of deltas</td></tr>
 * <tr><td>inventory reservations</td><td>{@link cedarpos.domain.stock.Reservation}</td>
 * <td>decided by the server alone, in arrival order ({@link cedarpos.domain.stock.Allocation}); replicas keep the
 * highest version</td></tr>
 * <tr><td>menu, floor plan, stock items, recipes</td><td>the catalog snapshot</td><td>server to terminal only</td></tr>
 * </table>
 */
package cedarpos.domain.merge;
