package cedarpos.domain;

/**
 * A discount on a whole check: a percentage (in basis points, 1000 = 10%) or an
 * amount in the check's minor units, with the reason a manager gave.
 */
public record Discount(Kind kind, long value, String reason) {
    public static final int MAX_REASON = 200;

    public enum Kind {
        PERCENT,
        AMOUNT
    }

    public Discount {
        Ids.required(kind, "discount kind");
        if (kind == Kind.PERCENT && (value < 1 || value > 10_000)) {
            throw new IllegalArgumentException("a percent discount is 1..10000 basis points (0.01%..100%), got "
                    + value);
        }
        if (kind == Kind.AMOUNT && value < 1) {
            throw new IllegalArgumentException("a discount amount must be positive, got " + value);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a discount needs a reason");
        }
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a discount reason is at most " + MAX_REASON + " characters");
        }
    }

    /** "10%", "12.5%" or, for an amount, "$4.00" in {@code currency}. */
    public String describe(Currency currency) {
        return kind == Kind.PERCENT
                ? java.math.BigDecimal.valueOf(value, 2).stripTrailingZeros().toPlainString() + "%"
                : Money.of(value, currency).display();
    }

    /** The amount taken off {@code subtotal}, never more than the subtotal; percent rounds half up. */
    public Money of(Money subtotal) {
        long off = kind == Kind.AMOUNT ? value
                : java.math.BigDecimal.valueOf(subtotal.minor()).multiply(java.math.BigDecimal.valueOf(value))
                        .divide(java.math.BigDecimal.valueOf(10_000), 0, java.math.RoundingMode.HALF_UP).longValue();
        return Money.of(Math.max(0, Math.min(off, subtotal.minor())), subtotal.currency());
    }
}
