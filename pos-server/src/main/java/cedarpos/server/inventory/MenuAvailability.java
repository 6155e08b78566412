package cedarpos.server.inventory;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItemId;
import java.util.Set;

/**
 * The read side of stock: which dishes a branch can sell. Stock levels,
 * adjustments and reservations arrive with the inventory issue; today an item
 * is sellable exactly when its menu row is active.
 */
public interface MenuAvailability {
    Availability of(BranchId branchId, MenuItemId itemId);

    /** Items of the branch's menu that are switched off (86'd). */
    Set<MenuItemId> unavailable(BranchId branchId);
}
