package cedarpos.domain.stock;

import cedarpos.domain.StockItemId;

/**
 * How much of one stock item a single portion of a dish takes (one mixed grill takes 1 kofta skewer), in
 * the stock item's own unit.
 */
public record Portion(StockItemId item, long perPortion) {
    public static final long MAX_PER_PORTION = 1_000_000L;

    public Portion {
        if (item == null) {
            throw new IllegalArgumentException("a portion names its stock item");
        }
        if (perPortion < 1 || perPortion > MAX_PER_PORTION) {
            throw new IllegalArgumentException("a portion takes between 1 and " + MAX_PER_PORTION
                    + " units of its stock item, got " + perPortion);
        }
    }
}
