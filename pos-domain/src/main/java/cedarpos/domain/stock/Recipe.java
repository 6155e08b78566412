package cedarpos.domain.stock;

import cedarpos.domain.MenuItemId;
import cedarpos.domain.StockItemId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * What one portion of a dish takes from stock. A dish without a recipe is not tracked: it needs no
 * reservation and never sells out on its own.
 */
public record Recipe(MenuItemId menuItem, List<Portion> portions) {
    public static final int MAX_PORTIONS = 20;

    public Recipe {
        if (menuItem == null) {
            throw new IllegalArgumentException("a recipe names its menu item");
        }
        portions = List.copyOf(portions);
        if (portions.size() > MAX_PORTIONS) {
            throw new IllegalArgumentException("a recipe has at most " + MAX_PORTIONS + " stock items, got "
                    + portions.size());
        }
        Set<StockItemId> seen = new HashSet<>();
        for (Portion p : portions) {
            if (!seen.add(p.item())) {
                throw new IllegalArgumentException("stock item " + p.item() + " appears twice in the recipe of "
                        + menuItem);
            }
        }
    }

    public boolean tracked() {
        return !portions.isEmpty();
    }

    /**
     * How many whole portions the stock allows, given each item's available quantity; {@link Long#MAX_VALUE}
     * for an untracked dish.
     */
    public long portionsLeft(ToLongFunction<StockItemId> available) {
        return portionsLeft(portions, available);
    }

    static long portionsLeft(List<Portion> portions, ToLongFunction<StockItemId> available) {
        long left = Long.MAX_VALUE;
        for (Portion p : portions) {
            left = Math.min(left, Math.max(0, available.applyAsLong(p.item())) / p.perPortion());
        }
        return left;
    }

    /** Sold out ("86'd"): not one more portion can be made from what is available. */
    public boolean soldOut(ToLongFunction<StockItemId> available) {
        return tracked() && portionsLeft(available) == 0;
    }
}
