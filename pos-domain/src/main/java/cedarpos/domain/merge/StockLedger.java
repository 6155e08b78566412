package cedarpos.domain.merge;

import cedarpos.domain.StockItemId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A grow-only set of stock adjustments keyed by id: joining is union, so the
 * same adjustment delivered twice counts once, and each level is the sum of its
 * item's deltas whatever the arrival order.
 */
public record StockLedger(SortedMap<UUID, StockAdjustment> adjustments) {
    public StockLedger {
        adjustments = Collections.unmodifiableSortedMap(new TreeMap<>(adjustments));
    }

    public static StockLedger empty() {
        return new StockLedger(new TreeMap<>());
    }

    public static StockLedger of(Collection<StockAdjustment> adjustments) {
        StockLedger l = empty();
        for (StockAdjustment a : adjustments) {
            l = l.with(a);
        }
        return l;
    }

    public StockLedger with(StockAdjustment a) {
        TreeMap<UUID, StockAdjustment> all = new TreeMap<>(adjustments);
        all.merge(a.id(), a, StockLedger::deterministic);
        return new StockLedger(all);
    }

    public StockLedger join(StockLedger other) {
        TreeMap<UUID, StockAdjustment> all = new TreeMap<>(adjustments);
        other.adjustments.forEach((id, a) -> all.merge(id, a, StockLedger::deterministic));
        return new StockLedger(all);
    }

    /** One id, two contents: only forged input does this; keep the same one everywhere. */
    private static StockAdjustment deterministic(StockAdjustment a, StockAdjustment b) {
        return a.equals(b) || a.toString().compareTo(b.toString()) <= 0 ? a : b;
    }

    public long level(StockItemId item) {
        long sum = 0;
        for (StockAdjustment a : adjustments.values()) {
            if (a.item().equals(item)) {
                sum = Math.addExact(sum, a.delta());
            }
        }
        return sum;
    }

    public Map<StockItemId, Long> levels() {
        Map<StockItemId, Long> levels = new LinkedHashMap<>();
        adjustments.values().forEach(a -> levels.merge(a.item(), a.delta(), Math::addExact));
        return levels;
    }
}
