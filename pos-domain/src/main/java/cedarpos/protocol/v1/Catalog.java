package cedarpos.protocol.v1;

import cedarpos.domain.ArabicNames;
import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.domain.staff.StaffMember;
import cedarpos.domain.stock.Recipe;
import cedarpos.domain.stock.StockItem;
import java.util.List;

/**
 * Server to terminal: the branch's menu, floor plan, stock items (with their balances when the snapshot was
 * taken) and recipes, modifier groups, the rate of the day and VAT, and the staff who sign in on its terminals, as
 * one versioned snapshot, with the branch's printing setup (printers, stations, routes, receipt printers) and the
 * Arabic names of its menu categories and table areas.
 */
public record Catalog(long version, String branchName, Currency currency, List<DiningTable> tables,
                      List<MenuItem> menu, List<StockItem> stock, List<Recipe> recipes, BranchSettings settings,
                      List<ModifierGroup> modifierGroups, List<StaffMember> staff, PrintingSetup printing,
                      ArabicNames names)
        implements Message {
    public static final String TYPE = "catalog";
    /** At most this many tables, and dishes on the menu, in a catalog: a reader refuses more, the server makes none. */
    public static final int MAX_ITEMS = 5000;
    /** At most this many modifier groups in a catalog. */
    public static final int MAX_MODIFIER_GROUPS = 500;

    public Catalog {
        tables = List.copyOf(tables);
        menu = List.copyOf(menu);
        stock = List.copyOf(stock);
        recipes = List.copyOf(recipes);
        settings = settings == null ? BranchSettings.NONE : settings;
        modifierGroups = List.copyOf(modifierGroups);
        staff = List.copyOf(staff);
        printing = printing == null ? PrintingSetup.NONE : printing;
        names = names == null ? ArabicNames.NONE : names;
    }

    /** A catalog without Arabic names of categories and areas. */
    public Catalog(long version, String branchName, Currency currency, List<DiningTable> tables,
                   List<MenuItem> menu, List<StockItem> stock, List<Recipe> recipes, BranchSettings settings,
                   List<ModifierGroup> modifierGroups, List<StaffMember> staff, PrintingSetup printing) {
        this(version, branchName, currency, tables, menu, stock, recipes, settings, modifierGroups, staff, printing,
                ArabicNames.NONE);
    }

    /** A catalog without a printing setup. */
    public Catalog(long version, String branchName, Currency currency, List<DiningTable> tables,
                   List<MenuItem> menu, List<StockItem> stock, List<Recipe> recipes, BranchSettings settings,
                   List<ModifierGroup> modifierGroups, List<StaffMember> staff) {
        this(version, branchName, currency, tables, menu, stock, recipes, settings, modifierGroups, staff,
                PrintingSetup.NONE);
    }

    /** A catalog with stock and recipes but without cashier settings, modifiers or staff. */
    public Catalog(long version, String branchName, Currency currency, List<DiningTable> tables,
                   List<MenuItem> menu, List<StockItem> stock, List<Recipe> recipes) {
        this(version, branchName, currency, tables, menu, stock, recipes, BranchSettings.NONE, List.of(), List.of());
    }

    /** A catalog without stock: nothing on its menu is tracked. */
    public Catalog(long version, String branchName, Currency currency, List<DiningTable> tables,
                   List<MenuItem> menu) {
        this(version, branchName, currency, tables, menu, List.of(), List.of());
    }

    /** The same snapshot with the branch's stock and recipes. */
    public Catalog withStock(List<StockItem> stockItems, List<Recipe> recipeList) {
        return new Catalog(version, branchName, currency, tables, menu, stockItems, recipeList, settings,
                modifierGroups, staff, printing, names);
    }

    /** The same snapshot with the branch's rate and VAT, modifier groups and staff. */
    public Catalog withCashier(BranchSettings branchSettings, List<ModifierGroup> groups, List<StaffMember> people) {
        return new Catalog(version, branchName, currency, tables, menu, stock, recipes, branchSettings, groups,
                people, printing, names);
    }

    /** The same snapshot with the branch's printing setup. */
    public Catalog withPrinting(PrintingSetup setup) {
        return new Catalog(version, branchName, currency, tables, menu, stock, recipes, settings, modifierGroups,
                staff, setup, names);
    }

    /** The same snapshot with the Arabic names of the branch's categories and areas. */
    public Catalog withNames(ArabicNames arabic) {
        return new Catalog(version, branchName, currency, tables, menu, stock, recipes, settings, modifierGroups,
                staff, printing, arabic);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
