package cedarpos.domain.merge;

import cedarpos.domain.Money;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.pay.Payment;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One share of a split check, paid: a seat's or some items' lines (or an even share, which names no lines), and
 * the payment that covered it. Parts only accumulate (a set keyed by id); the check is settled when its parts have
 * paid its whole total.
 *
 * @param label what staff called the share ("Seat 2", "Share 1 of 3")
 * @param lines  the lines this share paid for; empty for an even share
 * @param amount the share's part of the check total (what the balance goes down by); the payment's due is this
 *               with VAT handled as the branch does
 */
public record PartPayment(UUID id, String label, Set<OrderLineId> lines, Money amount, Payment payment,
                          Stamp stamp) {
    public static final int MAX_LABEL = 60;

    public PartPayment {
        if (id == null || payment == null || stamp == null || lines == null || amount == null) {
            throw new IllegalArgumentException("a part payment needs its id, lines (maybe none), amount, payment and"
                    + " stamp");
        }
        label = Texts.required(label, "share label", MAX_LABEL);
        if (lines.size() > OrderState.MAX_LINES) {
            throw new IllegalArgumentException("a share has at most " + OrderState.MAX_LINES + " lines");
        }
        if (amount.minor() <= 0) {
            throw new IllegalArgumentException("a share pays something");
        }
        if (!payment.vat().due(amount).equals(payment.due())) {
            throw new IllegalArgumentException("a share of " + amount.display() + " is due "
                    + payment.vat().due(amount).display() + ", not " + payment.due().display());
        }
        TreeSet<OrderLineId> sorted = new TreeSet<>(java.util.Comparator.comparing(OrderLineId::toString));
        sorted.addAll(lines);
        lines = Collections.unmodifiableSortedSet(sorted);
    }
}
