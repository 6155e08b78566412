package cedarpos.domain.pay;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import java.util.List;

/**
 * How a check was paid, as it is stamped on the order: what was due (VAT handled, in the order's currency), the
 * tenders, the rate and VAT in force, and the change handed back in the currency the customer chose.
 *
 * @param rate the branch's rate of the day; null when it had none, and then every tender and the change are in the
 *             order's currency
 */
public record Payment(Money due, List<Tender> tenders, ExchangeRate rate, Vat vat, Money change) {
    public static final int MAX_TENDERS = 20;

    public Payment {
        if (due == null || tenders == null || vat == null || change == null) {
            throw new IllegalArgumentException("a payment needs what was due, its tenders, VAT and change");
        }
        if (rate == null && change.currency() != due.currency()) {
            throw new IllegalArgumentException("no LBP/USD rate is set for today: change is given in "
                    + due.currency());
        }
        if (due.isNegative() || change.isNegative()) {
            throw new IllegalArgumentException("amounts due and change cannot be negative");
        }
        if (tenders.isEmpty() && due.minor() > 0) {
            throw new IllegalArgumentException("a payment of " + due.display() + " needs at least one tender");
        }
        if (tenders.size() > MAX_TENDERS) {
            throw new IllegalArgumentException("a payment has at most " + MAX_TENDERS + " tenders");
        }
        tenders = List.copyOf(tenders);
        Tendering check = Tendering.of(due, rate, tenders);
        if (!check.covered()) {
            throw new IllegalArgumentException("the tenders leave " + check.remaining(due.currency()).display()
                    + " to pay");
        }
        if (change.minor() > check.change(change.currency()).minor()) {
            throw new IllegalArgumentException("change of " + change.display() + " is more than was overpaid ("
                    + check.change(change.currency()).display() + ")");
        }
    }

    /** Settles {@code due} with {@code tenders}, handing any overpayment back in {@code changeIn}. */
    public static Payment of(Money due, List<Tender> tenders, ExchangeRate rate, Vat vat, Currency changeIn) {
        Tendering check = Tendering.of(due, rate, tenders);
        check.requireCardsWithinDue();
        return new Payment(due, tenders, rate, vat, check.change(changeIn));
    }

    /** What the tenders add up to, in {@code currency} (rounded down). */
    public Money paidIn(Currency currency) {
        return Tendering.of(due, rate, tenders).paid(currency);
    }
}
