package cedarpos.domain.merge;

import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;

/** The rules a refund must meet against the check it gives money back on. */
final class Refunds {
    private Refunds() {
    }

    /** @throws IllegalArgumentException naming the first rule {@code refund} breaks on {@code check} */
    static void check(MergedOrder check, Refund refund) {
        if (check.status() != OrderStatus.SETTLED) {
            throw new IllegalArgumentException("order " + check.id() + " is " + check.status().name().toLowerCase()
                    + ": only a paid check can be refunded");
        }
        if (refund.amount().currency() != check.currency()) {
            throw new IllegalArgumentException("a refund of a check in " + check.currency() + " is given in "
                    + check.currency() + ", not " + refund.amount().currency());
        }
        if (check.payments().isEmpty()) {
            throw new IllegalArgumentException("order " + check.id() + " has no recorded payment to refund");
        }
        if (refund.amount().minor() > check.refundable().minor()) {
            throw new IllegalArgumentException("the refund of " + refund.amount().display() + " is more than the "
                    + check.refundable().display() + " left to refund (paid " + check.collected().display()
                    + ", refunded " + check.refunded().display() + ")");
        }
        java.util.Set<OrderLineId> refunded = check.refundedLines();
        for (OrderLineId line : refund.lines()) {
            if (check.lines().stream().noneMatch(l -> l.line().id().equals(line) && !l.isVoided())) {
                throw new IllegalArgumentException("line " + line + " is not a standing line of order " + check.id());
            }
            if (refunded.contains(line)) {
                throw new IllegalArgumentException("line " + line + " was refunded already");
            }
        }
    }
}
