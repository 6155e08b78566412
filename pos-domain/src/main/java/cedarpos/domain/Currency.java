package cedarpos.domain;

/**
 * The currencies a branch prices and takes payment in. The minor-unit exponent
 * fixes how a {@link Money} amount is written: USD counts cents, LBP counts whole
 * pounds (the lira's piastres have not circulated for decades).
 */
public enum Currency {
    USD(2, "$"),
    LBP(0, "LBP");

    private final int exponent;
    private final String symbol;

    Currency(int exponent, String symbol) {
        this.exponent = exponent;
        this.symbol = symbol;
    }

    public int exponent() {
        return exponent;
    }

    public String symbol() {
        return symbol;
    }

    /** @throws IllegalArgumentException for a code this product does not handle */
    public static Currency parse(String code) {
        for (Currency c : values()) {
            if (c.name().equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unsupported currency: " + code + " (expected USD or LBP)");
    }
}
