package cedarpos.domain.merge;

import cedarpos.domain.StockItemId;
import java.util.UUID;

/**
 * A change of a stock level, kept as a delta so that levels are the sum of
 * adjustments in any order. Its id is born with it, which makes applying it twice
 * impossible: a ledger holds each id once.
 *
 * @param delta in the stock item's unit (portions, grams, skewers): a delivery adds, waste removes, a count
 *              records the difference between what was counted and what the ledger said
 */
public record StockAdjustment(UUID id, StockItemId item, Reason reason, long delta, String note, Stamp stamp) {
    public static final long MAX_DELTA = 1_000_000_000L;

    public enum Reason {
        DELIVERY,
        WASTE,
        COUNT,
        /** Portions a settled check consumed; written by the server only, from the reservations it held. */
        SALE
    }

    public StockAdjustment {
        if (id == null || item == null || reason == null || stamp == null) {
            throw new IllegalArgumentException("an adjustment needs its id, stock item, reason and stamp");
        }
        if (Math.abs(delta) > MAX_DELTA) {
            throw new IllegalArgumentException("an adjustment moves at most " + MAX_DELTA + " units, got " + delta);
        }
        if (reason == Reason.DELIVERY && delta <= 0) {
            throw new IllegalArgumentException("a delivery adds stock: delta must be positive, got " + delta);
        }
        if ((reason == Reason.WASTE || reason == Reason.SALE) && delta >= 0) {
            throw new IllegalArgumentException(reason.name().toLowerCase(java.util.Locale.ROOT)
                    + " removes stock: delta must be negative, got " + delta);
        }
        note = Texts.optional(LineAdd.blankToNull(note), "adjustment note", 200);
    }
}
