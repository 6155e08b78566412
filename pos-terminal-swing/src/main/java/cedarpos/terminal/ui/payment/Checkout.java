package cedarpos.terminal.ui.payment;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Vat;

/**
 * What the payment screen is given: the check to settle, as the order screen and the branch's settings make it.
 *
 * @param tableLabel the table's bare label ("T1"), null at the counter
 * @param subtotal   the order's total before discount and VAT handling, in the order's currency
 * @param discount   zero when there is none
 * @param rate       the branch's rate of the day; null when no manager has set one, then only the order's own
 *                   currency is taken
 * @param share      the share of a split check being paid ("Seat 2"), or null for the whole check
 */
public record Checkout(OrderId orderId, String tableLabel, Money subtotal, Money discount, Vat vat,
                       ExchangeRate rate, String share) {
    public Checkout {
        if (orderId == null || subtotal == null || discount == null || vat == null) {
            throw new IllegalArgumentException("a checkout needs its order, subtotal, discount and VAT");
        }
        if (discount.currency() != subtotal.currency()) {
            throw new IllegalArgumentException("the discount is in " + discount.currency() + ", the order in "
                    + subtotal.currency());
        }
        if (subtotal.isNegative() || discount.isNegative() || discount.minor() > subtotal.minor()) {
            throw new IllegalArgumentException("a discount of " + discount.display() + " on " + subtotal.display()
                    + " does not make a check");
        }
    }

    /** The whole check. */
    public Checkout(OrderId orderId, String tableLabel, Money subtotal, Money discount, Vat vat, ExchangeRate rate) {
        this(orderId, tableLabel, subtotal, discount, vat, rate, null);
    }

    /** The order's currency: what is due is counted in it. */
    public Currency currency() {
        return subtotal.currency();
    }

    /** Subtotal less discount: what VAT is worked out on. */
    public Money net() {
        return Money.of(subtotal.minor() - discount.minor(), currency());
    }

    /** What the customer pays: the net, plus VAT when prices do not include it. */
    public Money due() {
        return vat.due(net());
    }

    /** The VAT in the check (contained in it or added on top). */
    public Money vatAmount() {
        return vat.of(net());
    }
}
