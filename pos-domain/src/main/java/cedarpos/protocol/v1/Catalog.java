package cedarpos.protocol.v1;

import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.stock.Recipe;
import cedarpos.domain.stock.StockItem;
import java.util.List;

/**
 * Server to terminal: the branch's menu, floor plan, stock items (with their balances when the snapshot was
 * taken) and recipes, as one versioned snapshot.
 */
public record Catalog(long version, String branchName, Currency currency, List<DiningTable> tables,
                      List<MenuItem> menu, List<StockItem> stock, List<Recipe> recipes) implements Message {
    public static final String TYPE = "catalog";

    public Catalog {
        tables = List.copyOf(tables);
        menu = List.copyOf(menu);
        stock = List.copyOf(stock);
        recipes = List.copyOf(recipes);
    }

    /** A catalog without stock: nothing on its menu is tracked. */
    public Catalog(long version, String branchName, Currency currency, List<DiningTable> tables,
                   List<MenuItem> menu) {
        this(version, branchName, currency, tables, menu, List.of(), List.of());
    }

    /** The same snapshot with the branch's stock and recipes. */
    public Catalog withStock(List<StockItem> stockItems, List<Recipe> recipeList) {
        return new Catalog(version, branchName, currency, tables, menu, stockItems, recipeList);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
