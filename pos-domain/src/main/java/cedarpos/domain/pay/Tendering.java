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
    /** Arithmetic within one currency, where the rate cannot matter, when the branch has no rate. */
    private static final ExchangeRate SAME_CURRENCY = new ExchangeRate(1);

    private final Money due;
    private final ExchangeRate rate;
    private final ExchangeRate arithmetic;
    private final List<Tender> tenders;
    private final long dueExact;
    private final long paidExact;

    private Tendering(Money due, ExchangeRate rate, List<Tender> tenders) {
        this.due = due;
        this.rate = rate;
        this.arithmetic = rate != null ? rate : SAME_CURRENCY;
        this.tenders = List.copyOf(tenders);
        this.dueExact = arithmetic.exact(due);
        long paid = 0;
        for (Tender t : this.tenders) {
            requireConvertible(t.amount().currency());
            paid = Math.addExact(paid, arithmetic.exact(t.amount()));
        }
        this.paidExact = paid;
    }

    /** @param rate null when the branch has none: then everything is in {@code due}'s currency */
    public static Tendering of(Money due, ExchangeRate rate, List<Tender> tenders) {
        if (due == null || tenders == null) {
            throw new IllegalArgumentException("what is due and the tenders are required");
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
        requireConvertible(currency);
        return arithmetic.owed(dueExact, currency);
    }

    private void requireConvertible(Currency currency) {
        if (rate == null && currency != due.currency()) {
            throw new IllegalArgumentException("no LBP/USD rate is set for today: only " + due.currency()
                    + " can be taken");
        }
    }

    public boolean covered() {
        return paidExact >= dueExact;
    }

    /** What the tenders add up to, in {@code currency}, rounded down. */
    public Money paid(Currency currency) {
        requireConvertible(currency);
        return arithmetic.handedBack(paidExact, currency);
    }

    /** What is still to pay, in {@code currency}, rounded up; zero once covered. */
    public Money remaining(Currency currency) {
        requireConvertible(currency);
        return arithmetic.owed(Math.max(0, dueExact - paidExact), currency);
    }

    /** What to hand back, in {@code currency}, rounded down; zero until overpaid. */
    public Money change(Currency currency) {
        requireConvertible(currency);
        return arithmetic.handedBack(Math.max(0, paidExact - dueExact), currency);
    }

    /**
     * A card is charged what is left at most: the till cannot hand change back from a card.
     *
     * @throws IllegalArgumentException when a card tender overpays
     */
    public void requireCardsWithinDue() {
        long before = 0;
        for (Tender t : tenders) {
            Money most = arithmetic.owed(Math.max(0, dueExact - before), t.amount().currency());
            if (t.method() == Tender.Method.CARD && t.amount().minor() > most.minor()) {
                throw new IllegalArgumentException("a card can be charged " + most.display() + " at most, not "
                        + t.amount().display());
            }
            before = Math.addExact(before, arithmetic.exact(t.amount()));
        }
    }
}
