package cedarpos.domain.pay;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;

/**
 * The branch's rate of the day: how many Lebanese pounds one US dollar buys, set by a manager. A check stamps the
 * rate it was paid at, so a receipt reprinted next week shows the same amounts.
 *
 * <p>Conversions go through one exact unit, the hundredth of a pound: a cent is {@code lbpPerUsd} of them and a pound
 * is 100, so adding a dollar tender to a pound tender never rounds.
 */
public record ExchangeRate(long lbpPerUsd) {
    public static final long MAX = 100_000_000L;

    public ExchangeRate {
        if (lbpPerUsd < 1 || lbpPerUsd > MAX) {
            throw new IllegalArgumentException("the LBP/USD rate is 1.." + MAX + " pounds per dollar, got "
                    + lbpPerUsd);
        }
    }

    /** {@code m} in hundredths of a pound: exact. */
    public long exact(Money m) {
        return m.currency() == Currency.USD ? Math.multiplyExact(m.minor(), lbpPerUsd)
                : Math.multiplyExact(m.minor(), 100L);
    }

    /** The exact amount {@code hundredths} in {@code currency}, rounded up to its minor unit (what a customer owes). */
    public Money owed(long hundredths, Currency currency) {
        long unit = unit(currency);
        return Money.of(Math.floorDiv(hundredths + unit - 1, unit), currency);
    }

    /** The exact amount {@code hundredths} in {@code currency}, rounded down to its minor unit (what a till hands back). */
    public Money handedBack(long hundredths, Currency currency) {
        return Money.of(Math.floorDiv(hundredths, unit(currency)), currency);
    }

    /** {@code m} in {@code currency}, rounded half up: for showing a check's total in the other currency. */
    public Money convert(Money m, Currency currency) {
        if (m.currency() == currency) {
            return m;
        }
        long unit = unit(currency);
        long exact = exact(m);
        return Money.of(Math.floorDiv(exact + unit / 2, unit), currency);
    }

    private long unit(Currency currency) {
        return currency == Currency.USD ? lbpPerUsd : 100L;
    }
}
