/**
 * Orders as the server merges them (cedarpos.domain.merge), the review queue of conflicts and a manager's
 * resolution of one ({@code ConflictResolutions}, written to the change log like a push).
 *
 * <p>API: {@link cedarpos.server.order.OrderService} and its views. URLs: {@code /api/branches/{b}/orders},
 * {@code /conflicts}, {@code /conflicts/{c}/resolution}, {@code /sales} and {@code /api/sales} (a business day's sales,
 * {@link cedarpos.server.order.Sales}). Depends on: access, branch, changelog, inventory, platform.
 */
package cedarpos.server.order;
