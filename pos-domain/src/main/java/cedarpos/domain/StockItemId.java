package cedarpos.domain;

import java.util.UUID;

/** Something the kitchen keeps in stock (a cut of meat, a tray of kibbeh), per branch. */
public record StockItemId(UUID value) {
    public StockItemId {
        Ids.required(value, "stock item id");
    }

    public static StockItemId random() {
        return new StockItemId(UUID.randomUUID());
    }

    public static StockItemId parse(String text) {
        return new StockItemId(Ids.uuid(text, "stock item id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
