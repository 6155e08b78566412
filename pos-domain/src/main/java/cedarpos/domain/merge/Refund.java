package cedarpos.domain.merge;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Tender;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Money given back on a paid check, approved by a manager. Refunds only accumulate (a set keyed by id, like
 * {@link PartPayment}s); the check stays settled and its lines stay as they were, so a refund is never a conflict.
 *
 * <p>The amount handed back in the other currency is the refund converted exactly at {@code rate} and rounded
 * <em>down</em> to that currency's minor unit, as change is ({@link ExchangeRate#handedBack}): the till never hands
 * back more than the check's sales went down by.
 *
 * @param lines      the lines given back; empty for an amount-only refund (a gesture, a partial portion)
 * @param amount     what the check's sales go down by, in the order's currency (VAT included as the customer paid it)
 * @param paidBack   the money handed back: cash or card, in either currency
 * @param rate       the rate the amount was converted at; required when {@code paidBack} is in the other currency
 * @param reason     why, as the manager gave it
 * @param approvedBy the manager who approved it
 */
public record Refund(UUID id, Set<OrderLineId> lines, Money amount, Tender paidBack, ExchangeRate rate, String reason,
                     String approvedBy, Stamp stamp) {
    public static final int MAX_REASON = 200;
    public static final int MAX_NAME = 120;

    public Refund {
        if (id == null || lines == null || amount == null || paidBack == null || stamp == null) {
            throw new IllegalArgumentException("a refund needs its id, lines (maybe none), amount, how it was paid"
                    + " back and stamp");
        }
        if (amount.minor() <= 0) {
            throw new IllegalArgumentException("a refund gives back more than zero, got " + amount.display());
        }
        if (lines.size() > OrderState.MAX_LINES) {
            throw new IllegalArgumentException("a refund names at most " + OrderState.MAX_LINES + " lines");
        }
        reason = Texts.required(reason, "the reason for a refund", MAX_REASON).strip();
        approvedBy = Texts.required(approvedBy, "the manager who approved the refund", MAX_NAME).strip();
        Money expected = handedBack(amount, paidBack.amount().currency(), rate);
        if (!expected.equals(paidBack.amount())) {
            throw new IllegalArgumentException("a refund of " + amount.display() + " is " + expected.display()
                    + " handed back, not " + paidBack.amount().display());
        }
        TreeSet<OrderLineId> sorted = new TreeSet<>(java.util.Comparator.comparing(OrderLineId::toString));
        sorted.addAll(lines);
        lines = Collections.unmodifiableSortedSet(sorted);
    }

    /**
     * What a refund of {@code amount} hands back in {@code currency}: the amount itself, or converted at {@code rate}
     * and rounded down.
     *
     * @throws IllegalArgumentException when the currencies differ and there is no rate
     */
    public static Money handedBack(Money amount, Currency currency, ExchangeRate rate) {
        if (amount.currency() == currency) {
            return amount;
        }
        if (rate == null) {
            throw new IllegalArgumentException("a refund in " + currency + " of a check in " + amount.currency()
                    + " needs the LBP/USD rate");
        }
        return rate.handedBack(rate.exact(amount), currency);
    }

    /** Whether the money went back as cash (out of the drawer). */
    public boolean cash() {
        return paidBack.method() == Tender.Method.CASH;
    }
}
