package cedarpos.domain.stock;

import cedarpos.domain.StockItemId;

/**
 * One stock item as the server holds it.
 *
 * @param level   the sum of the item's adjustments (deliveries, waste, counts, sales)
 * @param held    what confirmed reservations not consumed yet take from it
 * @param version counts the server's changes of level or held, so a replica keeps the newest it saw
 */
public record StockBalance(StockItemId item, long level, long held, long version) {
    public StockBalance {
        if (item == null) {
            throw new IllegalArgumentException("a stock balance names its stock item");
        }
        if (held < 0) {
            throw new IllegalArgumentException("held stock cannot be negative, got " + held);
        }
        if (version < 0) {
            throw new IllegalArgumentException("a stock balance version cannot be negative");
        }
    }

    /** What a new reservation can still take. Negative only when a count or waste found less than was held. */
    public long available() {
        return level - held;
    }
}
