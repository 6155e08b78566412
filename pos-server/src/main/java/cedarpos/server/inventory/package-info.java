/**
 * Stock: items and their levels, the ledger of adjustments, recipes, the server's decisions on order lines'
 * claims ({@link cedarpos.server.inventory.Reservations}, under the branch lock: no portion sold twice), the 86
 * list, and a manager's adjustments and recipe changes.
 *
 * <p>API: {@code Stock}, {@code Recipes}, {@code Reservations}, {@code MenuAvailability}. URLs:
 * {@code /api/branches/{b}/stock}, {@code /stock/adjustments}, {@code /reservations}, {@code /sold-out},
 * {@code /recipes}, {@code /menu-items/{m}/recipe}. Depends on: access, changelog, platform.
 */
package cedarpos.server.inventory;
