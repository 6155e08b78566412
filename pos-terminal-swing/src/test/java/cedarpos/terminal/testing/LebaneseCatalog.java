package cedarpos.terminal.testing;

import cedarpos.domain.BranchId;
import cedarpos.domain.ArabicNames;
import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.ModifierOption;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Vat;
import cedarpos.domain.staff.Pin;
import cedarpos.domain.staff.Role;
import cedarpos.domain.staff.StaffMember;
import java.security.SecureRandom;
import cedarpos.domain.StockItemId;
import cedarpos.domain.stock.Portion;
import cedarpos.domain.stock.Recipe;
import cedarpos.domain.stock.StockBalance;
import cedarpos.domain.stock.StockItem;
import cedarpos.domain.Money;
import cedarpos.domain.TableId;
import cedarpos.protocol.v1.Catalog;
import java.util.List;
import java.util.Map;
import cedarpos.domain.printing.PaperWidth;
import cedarpos.domain.printing.Printer;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.domain.printing.Station;
import java.util.UUID;

/** A realistic Beirut branch: mezze, grills, manakish, desserts and drinks, priced in USD. */
public final class LebaneseCatalog {
    public static final BranchId BRANCH = BranchId.parse("b0000000-0000-4000-8000-000000000001");
    public static final MenuItemId HUMMUS = id(1);
    public static final MenuItemId TABBOULEH = id(2);
    public static final MenuItemId FATTOUSH = id(3);
    public static final MenuItemId MOUTABAL = id(4);
    public static final MenuItemId KIBBEH = id(5);
    public static final MenuItemId SHISH_TAOUK = id(6);
    public static final MenuItemId KAFTA = id(7);
    public static final MenuItemId MIXED_GRILL = id(8);
    public static final MenuItemId ZAATAR = id(9);
    public static final MenuItemId CHEESE = id(10);
    public static final MenuItemId KNEFEH = id(11);
    public static final MenuItemId BAKLAVA = id(12);
    public static final MenuItemId AYRAN = id(13);
    public static final MenuItemId LEMONADE = id(14);
    public static final MenuItemId ALMAZA = id(15);
    public static final MenuItemId COFFEE = id(16);
    public static final TableId T1 = TableId.parse("7ab1e000-0000-4000-8000-000000000001");
    public static final TableId T2 = TableId.parse("7ab1e000-0000-4000-8000-000000000002");
    public static final TableId T4 = TableId.parse("7ab1e000-0000-4000-8000-000000000004");

    public static final ExchangeRate RATE = new ExchangeRate(89_500);
    public static final Vat VAT = new Vat(1100, true);
    public static final ModifierOption MEDIUM = option(1, "Medium", "وسط", 0);
    public static final ModifierOption WELL_DONE = option(2, "Well done", "مستوي جيداً", 0);
    public static final ModifierOption GARLIC = option(3, "Extra garlic sauce", "ثوم إضافي", 50);
    public static final ModifierOption HOT = option(4, "Hot sauce", "صلصة حارة", 0);
    public static final ModifierGroup DONENESS = new ModifierGroup(uuid("6d000000", 1), "Doneness",
            "درجة الاستواء", 1, 1, List.of(MEDIUM, WELL_DONE), List.of(id(7), id(8)));
    public static final ModifierGroup SAUCES = new ModifierGroup(uuid("6d000000", 2), "Sauces", "صلصات", 0, 2,
            List.of(GARLIC, HOT), List.of(id(6), id(7), id(8)));
    public static final String MANAGER_PIN = "2580";
    public static final String CASHIER_PIN = "1111";
    public static final String WAITER_PIN = "2222";
    public static final StaffMember RANA = staff(1, "Rana Haddad", Role.MANAGER, MANAGER_PIN);
    public static final StaffMember KARIM = staff(2, "Karim Nassar", Role.CASHIER, CASHIER_PIN);
    public static final StaffMember MAYA = staff(3, "Maya Khoury", Role.WAITER, WAITER_PIN);

    private LebaneseCatalog() {
    }

    /** Fried kibbeh balls (one portion takes 6) and grill skewers (a mixed grill takes 1 kofta and 2 tawook). */
    public static final StockItemId KIBBEH_BALLS = StockItemId.parse("5e000000-0000-4000-8000-000000000001");
    public static final StockItemId KOFTA = StockItemId.parse("5e000000-0000-4000-8000-000000000002");
    public static final StockItemId TAWOOK = StockItemId.parse("5e000000-0000-4000-8000-000000000003");

    public static Catalog catalog() {
        return catalog(1);
    }

    /** {@link #KITCHEN}'s printers as the fake ones of a test would listen: ports 9101 to 9103 on 127.0.0.1. */
    public static final PrintingSetup KITCHEN = kitchen(9101, 9102, 9103, 60);

    /**
     * Three kitchen stations, each with its printer on 127.0.0.1: grills (and the fried kibbeh, routed by dish), the
     * cold kitchen for mezze, manakish and desserts (the default), and the bar for drinks. The grill falls back to the
     * cold kitchen's printer after {@code fallbackSeconds}.
     */
    public static PrintingSetup kitchen(int grillPort, int mezzePort, int barPort, int fallbackSeconds) {
        return new PrintingSetup(List.of(
                new Printer("grill", "Grill printer", "127.0.0.1", grillPort, PaperWidth.MM80),
                new Printer("mezze", "Cold kitchen printer", "127.0.0.1", mezzePort, PaperWidth.MM80),
                new Printer("bar", "Bar printer", "127.0.0.1", barPort, PaperWidth.MM58)),
                List.of(new Station("grill", "Grill", "المشاوي", "grill", "mezze", fallbackSeconds),
                        new Station("mezze", "Mezze", "المازة", "mezze", null, Station.DEFAULT_FALLBACK_SECONDS),
                        new Station("bar", "Bar", "البار", "bar", null, Station.DEFAULT_FALLBACK_SECONDS)),
                Map.of("Grills", "grill", "Drinks", "bar"), Map.of(KIBBEH, "grill"), "mezze", Map.of());
    }

    /**
     * The catalog with Fried Kibbeh and Mixed Grill tracked, and the balances the server had: {@code kibbehBalls}
     * fried kibbeh balls, 10 kofta and 10 tawook skewers, at {@code version}.
     */
    public static Catalog withStock(long kibbehBalls, long version) {
        return catalog(version).withStock(List.of(
                        new StockItem(KIBBEH_BALLS, "Kibbeh balls", "piece",
                                new StockBalance(KIBBEH_BALLS, kibbehBalls, 0, version)),
                        new StockItem(KOFTA, "Kofta skewers", "skewer", new StockBalance(KOFTA, 10, 0, version)),
                        new StockItem(TAWOOK, "Tawook skewers", "skewer", new StockBalance(TAWOOK, 10, 0, version))),
                List.of(new Recipe(KIBBEH, List.of(new Portion(KIBBEH_BALLS, 6))),
                        new Recipe(MIXED_GRILL, List.of(new Portion(KOFTA, 1), new Portion(TAWOOK, 2)))));
    }

    /**
     * The catalog as a cashier's terminal gets it: the rate of the day (89,500 LBP/$), VAT 11% included in prices,
     * doneness (required) on kafta and the mixed grill, sauces on the grills, and three staff with their PINs.
     */
    public static Catalog cashier(long version) {
        return catalog(version).withCashier(new BranchSettings(RATE, 1_700_000_000_000L, VAT),
                List.of(DONENESS, SAUCES), List.of(RANA, KARIM, MAYA));
    }

    /** {@code catalog} with the branch's three staff ({@link #RANA}, {@link #KARIM}, {@link #MAYA}) added. */
    public static Catalog staffed(Catalog catalog) {
        return catalog.withCashier(catalog.settings(), catalog.modifierGroups(), List.of(RANA, KARIM, MAYA));
    }

    /** The Arabic names the manager gave the menu's categories and the floor's areas. */
    public static final ArabicNames NAMES_AR = new ArabicNames(Map.of("Mezze", "مازة", "Grills", "مشاوي",
            "Manakish", "مناقيش", "Desserts", "حلويات", "Drinks", "مشروبات"),
            Map.of("Main hall", "الصالة الرئيسية", "Terrace", "التراس"));

    /** {@link #cashier} with {@link #NAMES_AR}. */
    public static Catalog named(long version) {
        return cashier(version).withNames(NAMES_AR);
    }

    public static Catalog catalog(long version) {
        return new Catalog(version, "Hamra Street", Currency.USD, List.of(
                new DiningTable(T1, "T1", "Main hall", 4),
                new DiningTable(T2, "T2", "Main hall", 2),
                new DiningTable(TableId.parse("7ab1e000-0000-4000-8000-000000000003"), "T3", "Main hall", 6),
                new DiningTable(T4, "T4", "Main hall", 6),
                new DiningTable(TableId.parse("7ab1e000-0000-4000-8000-000000000010"), "T10", "Main hall", 8),
                new DiningTable(TableId.parse("7ab1e000-0000-4000-8000-000000000011"), "P1", "Terrace", 4)),
                List.of(
                        item(HUMMUS, "Mezze", "Hummus", "حمص", 550, 10),
                        item(TABBOULEH, "Mezze", "Tabbouleh", "تبولة", 650, 11),
                        item(FATTOUSH, "Mezze", "Fattoush", "فتوش", 600, 12),
                        item(MOUTABAL, "Mezze", "Moutabal", "متبل", 575, 13),
                        item(KIBBEH, "Mezze", "Fried Kibbeh", "كبة مقلية", 800, 14),
                        item(SHISH_TAOUK, "Grills", "Shish Taouk", "شيش طاووق", 1400, 20),
                        item(KAFTA, "Grills", "Kafta Meshwiyeh", "كفتة مشوية", 1300, 21),
                        item(MIXED_GRILL, "Grills", "Mixed Grill", "مشاوي مشكلة", 2200, 22),
                        item(ZAATAR, "Manakish", "Za'atar Manousheh", "منقوشة زعتر", 250, 30),
                        item(CHEESE, "Manakish", "Cheese Manousheh", "منقوشة جبنة", 400, 31),
                        item(KNEFEH, "Desserts", "Knefeh", "كنافة", 500, 40),
                        item(BAKLAVA, "Desserts", "Baklava", "بقلاوة", 450, 41),
                        item(AYRAN, "Drinks", "Ayran", "عيران", 200, 50),
                        item(LEMONADE, "Drinks", "Lemonade with Mint", "ليموناضة بالنعناع", 350, 51),
                        item(ALMAZA, "Drinks", "Almaza Beer", "بيرة ألماظة", 400, 52),
                        item(COFFEE, "Drinks", "Turkish Coffee", "قهوة تركية", 250, 53)));
    }

    private static MenuItem item(MenuItemId id, String category, String en, String ar, long cents, int sort) {
        return new MenuItem(id, category, en, ar, Money.of(cents, Currency.USD), sort);
    }

    private static ModifierOption option(int n, String en, String ar, long cents) {
        return new ModifierOption(uuid("6e000000", n), en, ar, Money.of(cents, Currency.USD));
    }

    private static StaffMember staff(int n, String name, Role role, String pin) {
        return new StaffMember(uuid("5f000000", n), name, role, Pin.hash(pin.toCharArray(), new SecureRandom()));
    }

    private static UUID uuid(String prefix, int n) {
        return UUID.fromString(String.format("%s-0000-4000-8000-%012d", prefix, n));
    }

    private static MenuItemId id(int n) {
        return new MenuItemId(UUID.fromString(String.format("3e000000-0000-4000-8000-%012d", n)));
    }
}
