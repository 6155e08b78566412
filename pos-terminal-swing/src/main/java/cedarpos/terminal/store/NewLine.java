package cedarpos.terminal.store;

import cedarpos.domain.MenuItemId;

/** A line the cashier asks for; name and price come from the local menu when it is placed. */
public record NewLine(MenuItemId item, int quantity) {
    public NewLine {
        if (item == null) {
            throw new IllegalArgumentException("menu item is required");
        }
    }
}
