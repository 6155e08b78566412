package cedarpos.domain.pay;

/**
 * What a branch's manager sets for checks: the LBP/USD rate of the day and VAT. A branch whose rate is not set yet
 * takes payment in its own currency only.
 *
 * @param rate null until a manager sets one
 */
public record BranchSettings(ExchangeRate rate, long rateSetAtMs, Vat vat) {
    public static final BranchSettings NONE = new BranchSettings(null, 0, Vat.NONE);

    public BranchSettings {
        if (vat == null) {
            throw new IllegalArgumentException("VAT is required (Vat.NONE for none)");
        }
        if (rateSetAtMs < 0) {
            throw new IllegalArgumentException("rateSetAtMs cannot be negative");
        }
    }
}
