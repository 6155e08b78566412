package cedarpos.domain.pay;

import cedarpos.domain.Money;

/** One amount handed over to pay a check: cash in either currency, or a card. */
public record Tender(Method method, Money amount) {
    public enum Method {
        CASH,
        CARD
    }

    public Tender {
        if (method == null || amount == null) {
            throw new IllegalArgumentException("a tender needs its method and amount");
        }
        if (amount.minor() <= 0) {
            throw new IllegalArgumentException("a tender must be more than zero, got " + amount.display());
        }
    }
}
