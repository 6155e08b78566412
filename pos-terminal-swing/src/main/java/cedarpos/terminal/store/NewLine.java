package cedarpos.terminal.store;

import cedarpos.domain.MenuItemId;

/**
 * A line the cashier asks for; name and price come from the local menu when it is placed.
 *
 * @param note for the kitchen ("no garlic"), or null
 */
public record NewLine(MenuItemId item, int quantity, String note) {
    public NewLine {
        if (item == null) {
            throw new IllegalArgumentException("menu item is required");
        }
    }

    public NewLine(MenuItemId item, int quantity) {
        this(item, quantity, null);
    }
}
