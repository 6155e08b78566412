package cedarpos.domain.merge;

import cedarpos.domain.Discount;
import cedarpos.domain.TableId;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a payment settled: every change of the order the settling terminal had
 * seen, and the header as it stood. A change not in {@code covered} that arrives
 * later is a {@link Conflict.Kind#LATE_FOR_SETTLED} conflict, never a silent
 * change of a paid check.
 */
public record Settlement(Set<Stamp> covered, long paidMinor, Discount discount, Integer guests, TableId tableId) {
    public Settlement {
        if (covered == null) {
            throw new IllegalArgumentException("a settlement lists the changes it covers");
        }
        if (paidMinor < 0) {
            throw new IllegalArgumentException("paid amount cannot be negative");
        }
        covered = Collections.unmodifiableSet(new TreeSet<>(covered));
    }
}
