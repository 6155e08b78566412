package cedarpos.domain.shift;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;

/**
 * Cash in a drawer that holds both currencies: dollars (in cents) and pounds, never mixed or converted. A Lebanese
 * drawer is counted per currency, so every drawer figure (float, expected, counted, over/short) is one of these.
 */
public record Cash(Money usd, Money lbp) {
    public static final Cash ZERO = new Cash(Money.zero(Currency.USD), Money.zero(Currency.LBP));

    public Cash {
        if (usd == null || lbp == null) {
            throw new IllegalArgumentException("cash needs its dollars and its pounds (zero for none)");
        }
        if (usd.currency() != Currency.USD || lbp.currency() != Currency.LBP) {
            throw new IllegalArgumentException("cash is dollars then pounds, got " + usd.currency() + " and "
                    + lbp.currency());
        }
    }

    public static Cash of(long usdCents, long lbpPounds) {
        return new Cash(Money.of(usdCents, Currency.USD), Money.of(lbpPounds, Currency.LBP));
    }

    public Money in(Currency currency) {
        return currency == Currency.USD ? usd : lbp;
    }

    /** This cash with {@code m} added to the amount of its currency. */
    public Cash plus(Money m) {
        return m.currency() == Currency.USD ? new Cash(usd.plus(m), lbp) : new Cash(usd, lbp.plus(m));
    }

    /** This cash with {@code m} taken from the amount of its currency (may go below zero). */
    public Cash minus(Money m) {
        return plus(negate(m));
    }

    public Cash plus(Cash other) {
        return new Cash(usd.plus(other.usd), lbp.plus(other.lbp));
    }

    public Cash minus(Cash other) {
        return new Cash(usd.plus(negate(other.usd)), lbp.plus(negate(other.lbp)));
    }

    /** Either currency below zero. */
    public boolean isNegative() {
        return usd.isNegative() || lbp.isNegative();
    }

    static Money negate(Money m) {
        return Money.of(Math.negateExact(m.minor()), m.currency());
    }
}
