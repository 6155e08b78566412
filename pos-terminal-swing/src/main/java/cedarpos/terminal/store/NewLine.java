package cedarpos.terminal.store;

import cedarpos.domain.MenuItemId;
import java.util.List;
import java.util.UUID;

/**
 * A line the cashier asks for; name and price come from the local menu when it is placed, and each chosen
 * modifier's name and price from the local catalog's modifier groups.
 *
 * @param note      for the kitchen ("no garlic"), or null
 * @param modifiers the ids of the chosen modifier options (checked against the dish's groups when placed)
 * @param seat      the guest's seat, or null for the table
 * @param course    the course (a course after the first is held until fired), or null
 */
public record NewLine(MenuItemId item, int quantity, String note, List<UUID> modifiers, Integer seat,
                      Integer course) {
    public NewLine {
        if (item == null) {
            throw new IllegalArgumentException("menu item is required");
        }
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    }

    public NewLine(MenuItemId item, int quantity, String note, List<UUID> modifiers) {
        this(item, quantity, note, modifiers, null, null);
    }

    public NewLine(MenuItemId item, int quantity, String note) {
        this(item, quantity, note, List.of());
    }

    public NewLine(MenuItemId item, int quantity) {
        this(item, quantity, null);
    }
}
