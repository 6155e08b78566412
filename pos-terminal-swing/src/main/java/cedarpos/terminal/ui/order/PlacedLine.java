package cedarpos.terminal.ui.order;

import cedarpos.domain.Money;
import cedarpos.domain.OrderLineId;

/**
 * A line of the saved order as the screen shows it; texts already localized.
 *
 * @param name         the dish's name as ordered (English; it also names the row for tests and tools)
 * @param shownName    the dish's name in the screen's language, from today's menu (the ordered name if the dish
 *                     left the menu)
 * @param modifiers    the chosen modifiers, "Well done, Extra garlic sauce", or null when none
 * @param voidText     "Void: reason (who)", or null while the line stands
 * @param conflictText what a manager must review ("edited on two terminals"), or null
 * @param canVoid      the order is open and the line stands
 * @param stockText    where the line's claim on stock stands ("waiting for confirmation", "do not prepare 2"),
 *                     or null when there is nothing to say
 * @param stockDenied  the server refused the stock: the kitchen must not prepare the refused portions
 * @param seating      "Seat 2 · Course 2 (held)", or null for a table line not coursed
 * @param discountText "Discount 10%: −$1.30" for a line with its own discount, else null ({@code total} is then
 *                     after it)
 */
public record PlacedLine(OrderLineId id, String name, String shownName, int quantity, Money total, String modifiers,
                         String note, boolean sent, String voidText, String conflictText, boolean canVoid,
                         String stockText, boolean stockDenied, String seating, String discountText) {
    public boolean voided() {
        return voidText != null;
    }

    public boolean flagged() {
        return conflictText != null;
    }

    /** The row is tinted: a manager must review it, or the kitchen must not prepare it. */
    public boolean needsAttention() {
        return flagged() || stockDenied;
    }
}
