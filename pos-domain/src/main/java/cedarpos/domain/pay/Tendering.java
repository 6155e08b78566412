package cedarpos.domain.pay;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import java.util.List;

/**
 * A check being paid: what is due, what has been handed over so far, in either currency, and what is left or owed
 * back. Exact: amounts are compared in hundredths of a pound ({@link ExchangeRate#exact}). What is left is rounded up
 * (the customer never underpays by a fraction), change is rounded down (the till never hands back more than it got).
 */
public final class Tendering {
    private final Money due;
    private final ExchangeRate rate;
    private final List<Tender> tenders;
    private final long dueExact;
    private final long paidExact;

    private Tendering(Money due, ExchangeRate rate, List<Tender> tenders) {
        this.due = due;
        this.rate = rate;
        this.tenders = List.copyOf(tenders);
        this.dueExact = rate.exact(due);
        long paid = 0;
        for (Tender t : this.tenders) {
            paid = Math.addExact(paid, rate.exact(t.amount()));
        }
        this.paidExact = paid;
    }

    public static Tendering of(Money due, ExchangeRate rate, List<Tender> tenders) {
        if (due == null || rate == null || tenders == null) {
            throw new IllegalArgumentException("what is due, the rate and the tenders are required");
        }
        return new Tendering(due, rate, tenders);
    }

    /** The same check with one more tender. */
    public Tendering with(Tender tender) {
        List<Tender> more = new java.util.ArrayList<>(tenders);
        more.add(tender);
        return new Tendering(due, rate, more);
    }

    public Money due() {
        return due;
    }

    public ExchangeRate rate() {
        return rate;
    }

    public List<Tender> tenders() {
        return tenders;
    }

    /** What is due, in {@code currency}, rounded up. */
    public Money dueIn(Currency currency) {
        return rate.owed(dueExact, currency);
    }

    public boolean covered() {
        return paidExact >= dueExact;
    }

    /** What the tenders add up to, in {@code currency}, rounded down. */
    public Money paid(Currency currency) {
        return rate.handedBack(paidExact, currency);
    }

    /** What is still to pay, in {@code currency}, rounded up; zero once covered. */
    public Money remaining(Currency currency) {
        return rate.owed(Math.max(0, dueExact - paidExact), currency);
    }

    /** What to hand back, in {@code currency}, rounded down; zero until overpaid. */
    public Money change(Currency currency) {
        return rate.handedBack(Math.max(0, paidExact - dueExact), currency);
    }

    /**
     * A card is charged what is left at most: the till cannot hand change back from a card.
     *
     * @throws IllegalArgumentException when a card tender overpays
     */
    public void requireCardsWithinDue() {
        long before = 0;
        for (Tender t : tenders) {
            Money most = rate.owed(Math.max(0, dueExact - before), t.amount().currency());
            if (t.method() == Tender.Method.CARD && t.amount().minor() > most.minor()) {
                throw new IllegalArgumentException("a card can be charged " + most.display() + " at most, not "
                        + t.amount().display());
            }
            before = Math.addExact(before, rate.exact(t.amount()));
        }
    }
}
