package cedarpos.protocol.v1;

import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.stock.Portion;
import cedarpos.domain.stock.Recipe;
import cedarpos.domain.stock.Reservation;
import cedarpos.domain.stock.StockBalance;
import cedarpos.domain.stock.StockItem;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON forms of the stock records the server sends: a reservation decision (change record entity
 * {@code reservation}), a stock balance (entity {@code stockLevel}), and the catalog's stock items and recipes.
 * docs/protocol.md, "Stock and reservations".
 */
public final class StockJson {
    static final int MAX_STOCK_ITEMS = 5000;
    static final int MAX_RECIPES = 5000;

    private StockJson() {
    }

    /**
     * {@code {"lineId","orderId","menuItemId","dish","orderedBy","portions":[{"stockItemId","perPortion"}],
     * "requested","confirmed","consumed","status","version","decidedAtMs"}}; {@code status} is derived from the
     * counts and sent for readers that do not derive it.
     */
    public static JsonObject encode(Reservation r) {
        return Jsons.objectBuilder().add("lineId", r.line().toString()).add("orderId", r.order().toString())
                .add("menuItemId", r.menuItem().toString()).add("dish", r.dish())
                .add("orderedBy", r.orderedBy().toString()).add("portions", portions(r.portions()))
                .add("requested", r.requested()).add("confirmed", r.confirmed()).add("consumed", r.consumed())
                .add("status", r.status().name()).add("version", r.version()).add("decidedAtMs", r.decidedAtMs())
                .build();
    }

    public static Reservation decodeReservation(JsonObject json) throws ProtocolException {
        Fields f = Fields.payload(json);
        try {
            return new Reservation(new OrderLineId(f.uuid("lineId")), new OrderId(f.uuid("orderId")),
                    new MenuItemId(f.uuid("menuItemId")), f.string("dish"), new TerminalId(f.uuid("orderedBy")),
                    portions(f), f.intValue("requested", 0, Integer.MAX_VALUE),
                    f.intValue("confirmed", 0, Integer.MAX_VALUE), f.intValue("consumed", 0, Integer.MAX_VALUE),
                    f.longValue("version", 1, Long.MAX_VALUE), f.longValue("decidedAtMs", 0, Long.MAX_VALUE));
        } catch (IllegalArgumentException e) {
            throw f.refused(e);
        }
    }

    /** {@code {"stockItemId","level","held","available","version"}}; {@code available} = level - held. */
    public static JsonObject encode(StockBalance b) {
        return Jsons.objectBuilder().add("stockItemId", b.item().toString()).add("level", b.level())
                .add("held", b.held()).add("available", b.available()).add("version", b.version()).build();
    }

    public static StockBalance decodeBalance(JsonObject json) throws ProtocolException {
        return balance(Fields.payload(json), "stockItemId");
    }

    private static StockBalance balance(Fields f, String idField) throws ProtocolException {
        try {
            return new StockBalance(new StockItemId(f.uuid(idField)), f.longValue("level"),
                    f.longValue("held", 0, Long.MAX_VALUE), f.longValue("version", 0, Long.MAX_VALUE));
        } catch (IllegalArgumentException e) {
            throw f.refused(e);
        }
    }

    static void encodeCatalogStock(List<StockItem> stock, List<Recipe> recipes, JsonObjectBuilder b) {
        JsonArrayBuilder items = Jsons.arrayBuilder();
        for (StockItem s : stock) {
            items.add(Jsons.objectBuilder().add("id", s.id().toString()).add("name", s.name()).add("unit", s.unit())
                    .add("level", s.balance().level()).add("held", s.balance().held())
                    .add("version", s.balance().version()));
        }
        JsonArrayBuilder rs = Jsons.arrayBuilder();
        for (Recipe r : recipes) {
            rs.add(Jsons.objectBuilder().add("menuItemId", r.menuItem().toString())
                    .add("portions", portions(r.portions())));
        }
        b.add("stock", items).add("recipes", rs);
    }

    /** The catalog's stock items; absent (a server before stock tracking) means none. */
    static List<StockItem> decodeCatalogStock(Fields f) throws ProtocolException {
        List<StockItem> stock = new ArrayList<>();
        if (!f.has("stock")) {
            return stock;
        }
        for (Fields s : f.objects("stock", MAX_STOCK_ITEMS)) {
            StockBalance balance = balance(s, "id");
            try {
                stock.add(new StockItem(balance.item(), s.string("name"), s.string("unit"), balance));
            } catch (IllegalArgumentException e) {
                throw s.refused(e);
            }
        }
        return stock;
    }

    /** The catalog's recipes; absent means none. */
    static List<Recipe> decodeRecipes(Fields f) throws ProtocolException {
        List<Recipe> recipes = new ArrayList<>();
        if (!f.has("recipes")) {
            return recipes;
        }
        for (Fields r : f.objects("recipes", MAX_RECIPES)) {
            try {
                recipes.add(new Recipe(new MenuItemId(r.uuid("menuItemId")), portions(r)));
            } catch (IllegalArgumentException e) {
                throw r.refused(e);
            }
        }
        return recipes;
    }

    private static JsonArrayBuilder portions(List<Portion> portions) {
        JsonArrayBuilder a = Jsons.arrayBuilder();
        for (Portion p : portions) {
            a.add(Jsons.objectBuilder().add("stockItemId", p.item().toString()).add("perPortion", p.perPortion()));
        }
        return a;
    }

    /** A recipe's portions as the JSON array text {@code [{"stockItemId","perPortion"}]}, e.g. to store it. */
    public static String encodePortions(List<Portion> portions) {
        return portions(portions).build().toString();
    }

    /** The portions of {@link #encodePortions}. */
    public static List<Portion> decodePortions(String text) throws ProtocolException {
        JsonObject wrapped;
        try (JsonReader reader = Jsons.reader(new StringReader("{\"portions\":" + text + "}"))) {
            wrapped = reader.readObject();
        } catch (JsonException e) {
            throw new ProtocolException(ErrorCode.INVALID_PAYLOAD, "portions are not a JSON array: " + e.getMessage());
        }
        return portions(Fields.payload(wrapped));
    }

    private static List<Portion> portions(Fields f) throws ProtocolException {
        List<Portion> portions = new ArrayList<>();
        for (Fields p : f.objects("portions", Recipe.MAX_PORTIONS)) {
            try {
                portions.add(new Portion(new StockItemId(p.uuid("stockItemId")),
                        p.longValue("perPortion", 1, Portion.MAX_PER_PORTION)));
            } catch (IllegalArgumentException e) {
                throw p.refused(e);
            }
        }
        return portions;
    }
}
