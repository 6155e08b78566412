package cedarpos.terminal.store;

import static cedarpos.terminal.store.OrderChanges.audit;

import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.audit.AuditEvent;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.PartPayment;
import cedarpos.domain.merge.Refund;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.protocol.v1.Operations;
import java.util.Set;
import java.util.UUID;

/**
 * Money on a check: settling it whole, paying one share of a split check, and giving money back on a paid one. Each
 * is one {@link OrderChanges} transaction that also queues the receipt it owes; bad input throws before anything is
 * written. Reopening a paid check is the {@link OrderBook}'s (the check is taken again).
 */
public final class PaymentBook {
    private final OrderChanges changes;

    PaymentBook(OrderChanges changes) {
        this.changes = changes;
    }

    /** Pays the order in full: the settlement covers every change this terminal holds, paid = merged total. */
    public MergedOrder settle(OrderId id) {
        return changes.change(id, Operations.SETTLE, null, (c, cur, now, stamp) -> {
            requirePayable(now);
            return cur.settle(now.total().minor(), stamp);
        });
    }

    /**
     * Pays the order with these tenders, stamping them, the rate and VAT on the order: they must pay what the check
     * comes to, VAT handled as the payment says.
     *
     * @throws IllegalStateException when the check changed since the payment was computed, or is not payable
     */
    public MergedOrder settle(OrderId id, Payment payment) {
        if (payment == null) {
            throw new IllegalArgumentException("the payment is required");
        }
        return changes.change(id, Operations.SETTLE, null, (c, cur, now, stamp) -> {
            requirePayable(now);
            Money due = payment.vat().due(now.total());
            if (!payment.due().equals(due)) {
                throw new IllegalStateException("the check now comes to " + due.display() + ", not "
                        + payment.due().display() + ": it changed while it was being paid");
            }
            return cur.settle(payment, stamp);
        });
    }

    /**
     * Pays one share of a split check ({@link cedarpos.domain.pay.CheckSplit}) with the tenders taken; the share that
     * pays what is left settles the check.
     *
     * @param label  what the share is called on the check and the receipt ("Seat 2")
     * @param lines  the lines the share pays for; empty for an even share
     * @param amount the share's part of the check total
     * @throws IllegalStateException when the check changed since the share was computed, or is not payable
     */
    public MergedOrder payShare(OrderId id, String label, Set<OrderLineId> lines, Money amount, Payment payment) {
        if (payment == null) {
            throw new IllegalArgumentException("the payment is required");
        }
        return changes.change(id, Operations.PAY_PART, null, (c, cur, now, stamp) -> {
            requirePayable(now);
            try {
                return cur.payPart(new PartPayment(UUID.randomUUID(), label, lines, amount, payment, stamp), stamp);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage() + ": the check changed while it was being paid", e);
            }
        });
    }

    /**
     * Money given back on a paid check, approved by a manager, written with its {@code REFUND} audit event in one
     * transaction. The lines given back may be none (an amount-only refund); the amount is in the check's currency,
     * what its sales go down by; the money goes back as cash or card in either currency, the other one at the rate
     * the check was paid at ({@link Refund}). Refused, with nothing written: no approval, a blank reason, a check that
     * is not paid, more than is left to refund, a line not standing or refunded already, pounds or dollars that are
     * not the amount at the check's rate.
     */
    public MergedOrder refund(OrderId id, Set<OrderLineId> lines, Money amount, Tender paidBack, Approval approval,
                              String reason) {
        requireRefundInput(amount, paidBack, approval, reason);
        return changes.change(id, Operations.REFUND, Set.of(), (c, cur, now, stamp) -> {
            if (now.status() != OrderStatus.SETTLED) {
                throw new IllegalStateException("order is " + now.status().name().toLowerCase()
                        + "; only a paid check can be refunded");
            }
            // at the rate the check's (first) payment stamped
            ExchangeRate rate = now.payments().isEmpty() ? null : now.payments().get(0).rate();
            Refund r = new Refund(UUID.randomUUID(), lines == null ? Set.of() : lines, amount, paidBack, rate, reason,
                    approval.manager(), stamp);
            OrderState delta = cur.refund(r, stamp);
            audit(c, approval, AuditEvent.Action.REFUND, id, describe(r), r.reason());
            return delta;
        });
    }

    private static void requirePayable(MergedOrder now) {
        if (now.status() == OrderStatus.SETTLED) {
            throw new IllegalStateException("order is already settled");
        }
        if (now.status() == OrderStatus.CANCELLED) {
            throw new IllegalStateException("order is cancelled; there is nothing to pay");
        }
    }

    /** @throws IllegalArgumentException for what is wrong before the check is even read */
    private static void requireRefundInput(Money amount, Tender paidBack, Approval approval, String reason) {
        if (approval == null) {
            throw new IllegalArgumentException("a refund needs a manager's approval");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why the check is refunded");
        }
        if (amount == null || paidBack == null) {
            throw new IllegalArgumentException("a refund needs its amount and how the money goes back");
        }
    }

    /** "$5.50 back in cash (LBP 492,250)", "$3.00 back on card". */
    private static String describe(Refund r) {
        String how = r.cash() ? " back in cash" : " back on card";
        return r.amount().display() + how + (r.paidBack().amount().equals(r.amount()) ? ""
                : " (" + r.paidBack().amount().display() + ")");
    }
}
