package cedarpos.domain.pay;

import cedarpos.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A branch's VAT: a rate in basis points (1100 = 11%, Lebanon's rate) and whether menu prices already include it.
 * Included, the check's total stays and shows the VAT it contains; excluded, VAT is added on top.
 */
public record Vat(int basisPoints, boolean included) {
    public static final Vat NONE = new Vat(0, true);

    public Vat {
        if (basisPoints < 0 || basisPoints > 5_000) {
            throw new IllegalArgumentException("VAT is 0..5000 basis points (0%..50%), got " + basisPoints);
        }
    }

    /** The VAT in a check whose total before VAT handling is {@code total}, rounded half up. */
    public Money of(Money total) {
        if (basisPoints == 0) {
            return Money.zero(total.currency());
        }
        BigDecimal t = BigDecimal.valueOf(total.minor());
        BigDecimal bp = BigDecimal.valueOf(basisPoints);
        BigDecimal vat = included
                ? t.multiply(bp).divide(bp.add(BigDecimal.valueOf(10_000)), 0, RoundingMode.HALF_UP)
                : t.multiply(bp).divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP);
        return Money.of(vat.longValueExact(), total.currency());
    }

    /** What the customer pays for a check of {@code total}. */
    public Money due(Money total) {
        return included ? total : total.plus(of(total));
    }

    /** "11%", "5.5%". */
    public String percent() {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }
}
