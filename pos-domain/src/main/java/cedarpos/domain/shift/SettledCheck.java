package cedarpos.domain.shift;

import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.Stamp;

/**
 * An order with the stamp of its current settlement: where and when it was paid. The stamp is the settlement
 * register's (the last write of the order's settlement), so an order paid, reopened and paid again counts where it
 * was paid last.
 */
public record SettledCheck(MergedOrder order, Stamp settledAt) {
    public SettledCheck {
        if (order == null || settledAt == null) {
            throw new IllegalArgumentException("a settled check needs its order and settlement stamp");
        }
    }
}
