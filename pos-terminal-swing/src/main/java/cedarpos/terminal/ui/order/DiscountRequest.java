package cedarpos.terminal.ui.order;

import cedarpos.domain.Discount;
import java.math.BigDecimal;

/**
 * A discount as the cashier typed it: a percentage ("10" = 10%) or an amount in the check's major units ("5.50"),
 * and why. The presenter turns it into a {@link Discount} or says what is wrong with it.
 */
public record DiscountRequest(Discount.Kind kind, BigDecimal value, String reason) {
}
