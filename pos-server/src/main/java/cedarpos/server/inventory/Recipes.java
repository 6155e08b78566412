package cedarpos.server.inventory;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.stock.Portion;
import cedarpos.domain.stock.Recipe;
import java.util.List;

/** What one portion of each dish takes from stock. A dish without a recipe is not tracked. */
public interface Recipes {
    /** The recipes of the branch's dishes (tracked dishes only), by menu item. */
    List<Recipe> all(BranchId branch);

    /**
     * Replaces a dish's recipe; an empty list stops tracking it. Lines already decided keep the recipe they were
     * decided with. Joins the caller's transaction.
     *
     * @throws cedarpos.server.platform.RequestRefused 404 UNKNOWN_MENU_ITEM (not a dish of the branch), 400
     *                                                 INVALID_FIELD (a stock item that is not the branch's)
     */
    Recipe set(BranchId branch, MenuItemId menuItem, List<Portion> portions);
}
