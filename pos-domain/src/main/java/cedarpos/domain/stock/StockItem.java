package cedarpos.domain.stock;

import cedarpos.domain.StockItemId;

/** Something the kitchen keeps in stock, in its own unit, with its balance when this was read. */
public record StockItem(StockItemId id, String name, String unit, StockBalance balance) {
    public static final int MAX_NAME = 200;
    public static final int MAX_UNIT = 40;

    public StockItem {
        if (id == null || balance == null || !balance.item().equals(id)) {
            throw new IllegalArgumentException("a stock item needs its id and its own balance");
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("stock item name is required, at most " + MAX_NAME + " characters");
        }
        if (unit == null || unit.isBlank() || unit.length() > MAX_UNIT) {
            throw new IllegalArgumentException("stock item unit is required, at most " + MAX_UNIT + " characters");
        }
    }
}
