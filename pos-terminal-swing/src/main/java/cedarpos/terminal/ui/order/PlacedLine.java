package cedarpos.terminal.ui.order;

import cedarpos.domain.Money;
import cedarpos.domain.OrderLineId;

/**
 * A line of the saved order as the screen shows it; texts already localized.
 *
 * @param voidText     "Void: reason (who)", or null while the line stands
 * @param conflictText what a manager must review ("edited on two terminals"), or null
 * @param canVoid      the order is open and the line stands
 */
public record PlacedLine(OrderLineId id, String name, int quantity, Money total, String note, boolean sent,
                         String voidText, String conflictText, boolean canVoid) {
    public boolean voided() {
        return voidText != null;
    }

    public boolean flagged() {
        return conflictText != null;
    }
}
