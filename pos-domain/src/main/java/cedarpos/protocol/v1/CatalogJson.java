package cedarpos.protocol.v1;

import cedarpos.domain.ArabicNames;
import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.Ids;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.TableId;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** JSON form of the {@link Catalog} snapshot. */
final class CatalogJson {
    private static final int MAX_ITEMS = Catalog.MAX_ITEMS;

    private CatalogJson() {
    }

    static void encodeInto(Catalog c, JsonObjectBuilder b) {
        JsonArrayBuilder tables = Jsons.arrayBuilder();
        for (DiningTable t : c.tables()) {
            tables.add(Jsons.objectBuilder().add("id", t.id().toString()).add("label", t.label())
                    .add("area", t.area()).add("seats", t.seats()));
        }
        JsonArrayBuilder menu = Jsons.arrayBuilder();
        for (MenuItem m : c.menu()) {
            menu.add(Jsons.objectBuilder().add("id", m.id().toString()).add("category", m.category())
                    .add("nameEn", m.nameEn()).add("nameAr", m.nameAr()).add("priceMinor", m.price().minor())
                    .add("sortOrder", m.sortOrder()));
        }
        b.add("version", c.version()).add("branchName", c.branchName()).add("currency", c.currency().name())
                .add("tables", tables).add("menu", menu);
        StockJson.encodeCatalogStock(c.stock(), c.recipes(), b);
        CashierJson.encodeCatalog(c.settings(), c.modifierGroups(), c.staff(), b);
        if (c.printing().hasStations() || !c.printing().printers().isEmpty()) {
            b.add("printing", PrintingJson.encode(c.printing()));
        }
        if (!c.names().categories().isEmpty()) {
            b.add("categories", names(c.names().categories()));
        }
        if (!c.names().areas().isEmpty()) {
            b.add("areas", names(c.names().areas()));
        }
    }

    private static JsonArrayBuilder names(Map<String, String> arabic) {
        JsonArrayBuilder a = Jsons.arrayBuilder();
        arabic.forEach((name, nameAr) -> a.add(Jsons.objectBuilder().add("name", name).add("nameAr", nameAr)));
        return a;
    }

    /** The Arabic names of categories and areas: both lists optional (a server that has none sends none). */
    static ArabicNames names(Fields f) throws ProtocolException {
        Map<String, String> categories = names(f, "categories", ArabicNames.MAX_CATEGORY_CHARS);
        Map<String, String> areas = names(f, "areas", ArabicNames.MAX_AREA_CHARS);
        return categories.isEmpty() && areas.isEmpty() ? ArabicNames.NONE : new ArabicNames(categories, areas);
    }

    private static Map<String, String> names(Fields f, String list, int maxChars) throws ProtocolException {
        Map<String, String> out = new HashMap<>();
        if (!f.has(list)) {
            return out;
        }
        for (Fields n : f.objects(list, MAX_ITEMS)) {
            String name = text(n, "name", maxChars);
            if (out.put(name, text(n, "nameAr", maxChars)) != null) {
                throw n.invalid("name", Ids.quote(name) + " is listed twice");
            }
        }
        return out;
    }

    private static String text(Fields f, String name, int maxChars) throws ProtocolException {
        String s = f.string(name, maxChars);
        if (s.isBlank()) {
            throw f.invalid(name, "must not be blank");
        }
        return s;
    }

    static Catalog decode(Fields f) throws ProtocolException {
        Currency currency = OrderJsonValues.enumValue(f, "currency", Currency.class);
        List<DiningTable> tables = new ArrayList<>();
        for (Fields t : f.objects("tables", MAX_ITEMS)) {
            try {
                tables.add(new DiningTable(new TableId(t.uuid("id")), t.string("label"), t.string("area"),
                        t.intValue("seats", 1, 1000)));
            } catch (IllegalArgumentException e) {
                throw t.refused(e);
            }
        }
        List<MenuItem> menu = new ArrayList<>();
        for (Fields m : f.objects("menu", MAX_ITEMS)) {
            try {
                menu.add(new MenuItem(new MenuItemId(m.uuid("id")), m.string("category"), m.string("nameEn"),
                        m.string("nameAr"), Money.of(m.longValue("priceMinor", 0, Long.MAX_VALUE), currency),
                        m.intValue("sortOrder", Integer.MIN_VALUE, Integer.MAX_VALUE)));
            } catch (IllegalArgumentException e) {
                throw m.refused(e);
            }
        }
        return new Catalog(ProtocolCodec.nonNegative(f, "version"), f.string("branchName"), currency, tables, menu,
                StockJson.decodeCatalogStock(f), StockJson.decodeRecipes(f), CashierJson.settings(f),
                CashierJson.modifierGroups(f, currency), CashierJson.staff(f), PrintingJson.decode(f), names(f));
    }
}
