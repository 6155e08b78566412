package cedarpos.domain.merge;

import cedarpos.domain.Discount;
import cedarpos.domain.TableId;
import cedarpos.domain.pay.Payment;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a payment settled: every change of the order the settling terminal had
 * seen, and the header as it stood. A change not in {@code covered} that arrives
 * later is a {@link Conflict.Kind#LATE_FOR_SETTLED} conflict, never a silent
 * change of a paid check.
 *
 * @param payment the tenders, rate and VAT it was paid with; null for settlements older than payments
 */
public record Settlement(Set<Stamp> covered, long paidMinor, Discount discount, Integer guests, TableId tableId,
                         Payment payment) {
    public Settlement {
        if (covered == null) {
            throw new IllegalArgumentException("a settlement lists the changes it covers");
        }
        if (paidMinor < 0) {
            throw new IllegalArgumentException("paid amount cannot be negative");
        }
        if (payment != null && payment.due().minor() != paidMinor) {
            throw new IllegalArgumentException("a settlement's paid amount is what its payment was due");
        }
        covered = Collections.unmodifiableSet(new TreeSet<>(covered));
    }

    /** A settlement written before payments carried their tenders and rate. */
    public Settlement(Set<Stamp> covered, long paidMinor, Discount discount, Integer guests, TableId tableId) {
        this(covered, paidMinor, discount, guests, tableId, null);
    }
}
