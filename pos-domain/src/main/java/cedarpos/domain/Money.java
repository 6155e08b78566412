package cedarpos.domain;

import java.math.BigDecimal;

/** An amount in minor units of one currency. Never a double. */
public record Money(long minor, Currency currency) {
    public Money {
        Ids.required(currency, "currency");
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public static Money of(long minor, Currency currency) {
        return new Money(minor, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(minor, quantity), currency);
    }

    public boolean isNegative() {
        return minor < 0;
    }

    /** The amount as a decimal in major units, e.g. 1250 USD minor = 12.50. */
    public BigDecimal toMajor() {
        return BigDecimal.valueOf(minor, currency.exponent());
    }

    /** Plain, locale-independent display: "$12.50", "LBP 450,000". */
    public String display() {
        BigDecimal major = toMajor();
        String digits = String.format(java.util.Locale.ROOT, "%,." + currency.exponent() + "f", major);
        return currency == Currency.USD ? currency.symbol() + digits : currency.symbol() + " " + digits;
    }

    private void requireSameCurrency(Money other) {
        if (other.currency != currency) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
    }
}
