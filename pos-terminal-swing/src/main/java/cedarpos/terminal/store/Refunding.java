package cedarpos.terminal.store;

import cedarpos.domain.Money;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.Refund;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Tender;
import java.util.Set;
import java.util.UUID;

/**
 * The till's side of a refund ({@link TerminalStore#refund}): money given back on a paid check, approved by a manager,
 * written with its {@code REFUND} audit event in one transaction. The lines given back may be none (an amount-only
 * refund); the amount is in the check's currency, what its sales go down by; the money goes back as cash or card in
 * either currency, the other one at the rate the check was paid at ({@link Refund}). Refused, with nothing written:
 * no approval, a blank reason, a check that is not paid, more than is left to refund, a line not standing or refunded
 * already, pounds or dollars that are not the amount at the check's rate.
 */
final class Refunding {
    private Refunding() {
    }

    /** @throws IllegalArgumentException for what is wrong before the check is even read */
    static void requireInput(Money amount, Tender paidBack, Approval approval, String reason) {
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

    /** The refund of {@code now}, at the rate its (first) payment stamped. */
    static Refund refund(MergedOrder now, Set<OrderLineId> lines, Money amount, Tender paidBack, Approval approval,
                         String reason, Stamp stamp) {
        if (now.status() != OrderStatus.SETTLED) {
            throw new IllegalStateException("order is " + now.status().name().toLowerCase()
                    + "; only a paid check can be refunded");
        }
        ExchangeRate rate = now.payments().isEmpty() ? null : now.payments().get(0).rate();
        return new Refund(UUID.randomUUID(), lines == null ? Set.of() : lines, amount, paidBack, rate, reason,
                approval.manager(), stamp);
    }

    /** "$5.50 back in cash (LBP 492,250)", "$3.00 back on card". */
    static String describe(Refund r) {
        String how = r.cash() ? " back in cash" : " back on card";
        return r.amount().display() + how + (r.paidBack().amount().equals(r.amount()) ? ""
                : " (" + r.paidBack().amount().display() + ")");
    }
}
