package cedarpos.terminal.ui.order;

import cedarpos.domain.Discount;
import cedarpos.domain.Money;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * A discount as the cashier typed it: a percentage ("10" = 10%) or an amount in the check's major units ("5.50"),
 * why, and on what: the whole check, or one line.
 *
 * @param line the line it is for, or null for the whole check
 */
public record DiscountRequest(Discount.Kind kind, BigDecimal value, String reason, cedarpos.domain.OrderLineId line) {
    /** A discount on the whole check. */
    public DiscountRequest(Discount.Kind kind, BigDecimal value, String reason) {
        this(kind, value, reason, null);
    }

    /** What a discount can be put on: a standing line of the check, as the dialog lists it. */
    public record Target(cedarpos.domain.OrderLineId line, String label, Money total) {
    }

    /**
     * As a discount on {@code subtotal} (the check's, or the line's): percent in basis points, an amount in minor
     * units.
     *
     * @throws IllegalArgumentException saying, in the cashier's language, what is wrong with it
     */
    Discount toDiscount(Money subtotal, ResourceBundle messages) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(messages.getString("discount.positive"));
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(messages.getString("discount.needsReason"));
        }
        if (reason.strip().length() > Discount.MAX_REASON) {
            throw new IllegalArgumentException(MessageFormat.format(messages.getString("discount.reasonTooLong"),
                    Discount.MAX_REASON));
        }
        try {
            if (kind == Discount.Kind.PERCENT) {
                long bp = value.movePointRight(2).longValueExact();
                if (bp > 10_000) {
                    throw new ArithmeticException("over 100%");
                }
                return new Discount(Discount.Kind.PERCENT, bp, reason.strip());
            }
            long minor = value.movePointRight(subtotal.currency().exponent()).longValueExact();
            if (minor > subtotal.minor()) {
                throw new IllegalArgumentException(MessageFormat.format(messages.getString("discount.overTotal"),
                        subtotal.display()));
            }
            return new Discount(Discount.Kind.AMOUNT, minor, reason.strip());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(messages.getString(kind == Discount.Kind.PERCENT
                    ? "discount.badPercent" : "discount.badAmount"), e);
        }
    }
}
