package cedarpos.terminal.ui.history;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.Refund;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.pay.Vat;
import cedarpos.terminal.ui.kit.Amounts;
import java.math.BigInteger;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;

/**
 * The refund of one paid check as a manager fills it in: the lines given back (all those not refunded yet, to begin
 * with) or an amount typed instead, how the money goes back, and why. Knows what that comes to in both currencies
 * and what still stops it; the dialog only shows it. No Swing here: tested without a display.
 *
 * <p>Lines come to what the customer paid for them: their totals, less their share of the check's discount (rounded
 * down), with VAT as the check was paid; never more than is left to refund. Every line not refunded yet comes to
 * exactly what is left.
 */
public final class RefundForm {
    /** How the money goes back. */
    public enum Way {
        CASH_USD,
        CASH_LBP,
        CARD
    }

    /** One line that can be given back. */
    public record Item(OrderLineId id, String label, boolean selected) {
    }

    /** What to write. */
    public record Request(Set<OrderLineId> lines, Money amount, Tender paidBack, String reason) {
    }

    private final MergedOrder check;
    private final ResourceBundle messages;
    private final List<MergedLine> refundable = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final Set<OrderLineId> selected = new LinkedHashSet<>();
    private final ExchangeRate rate;
    private final Vat vat;
    private String typed = "";
    private Way way;
    private String reason = "";

    /** @param names a line's dish as the screen's language names it */
    public RefundForm(MergedOrder check, Function<MergedLine, String> names, ResourceBundle messages) {
        this.check = check;
        this.messages = messages;
        Payment first = check.payments().isEmpty() ? null : check.payments().get(0);
        this.rate = first == null ? null : first.rate();
        this.vat = first == null ? Vat.NONE : first.vat();
        Set<OrderLineId> done = check.refundedLines();
        for (MergedLine l : check.lines()) {
            if (!l.isVoided() && !done.contains(l.line().id())) {
                refundable.add(l);
                labels.add(l.line().quantity() + " \u00d7 " + names.apply(l) + "   " + l.line().total().display());
                selected.add(l.line().id());
            }
        }
        this.way = check.currency() == Currency.USD ? Way.CASH_USD : Way.CASH_LBP;
    }

    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < refundable.size(); i++) {
            OrderLineId id = refundable.get(i).line().id();
            items.add(new Item(id, labels.get(i), selected.contains(id)));
        }
        return items;
    }

    /** Picks or drops a line; picking lines drops a typed amount. */
    public void toggle(OrderLineId line) {
        if (!selected.remove(line) && refundable.stream().anyMatch(l -> l.line().id().equals(line))) {
            selected.add(line);
        }
        typed = "";
    }

    /** An amount instead of lines (an amount-only refund); blank goes back to the lines picked. */
    public void typeAmount(String text) {
        typed = text == null ? "" : text.strip();
        if (!typed.isEmpty()) {
            selected.clear();
        }
    }

    public String typed() {
        return typed;
    }

    public void way(Way w) {
        way = w;
    }

    public Way way() {
        return way;
    }

    /** The ways the money can go back: cash in the other currency needs the rate the check was paid at. */
    public List<Way> ways() {
        List<Way> all = new ArrayList<>();
        for (Way w : Way.values()) {
            if (w == Way.CARD || currencyOf(w) == check.currency() || rate != null) {
                all.add(w);
            }
        }
        return all;
    }

    public void reason(String text) {
        reason = text == null ? "" : text;
    }

    /** What is left to refund on the check. */
    public Money refundable() {
        return check.refundable();
    }

    /** The refund in the check's currency; null while the typed amount does not read. */
    public Money amount() {
        if (!typed.isEmpty()) {
            try {
                return Amounts.parse(typed, check.currency());
            } catch (Amounts.Invalid e) {
                return null;
            }
        }
        if (selected.isEmpty()) {
            return Money.zero(check.currency());
        }
        if (selected.size() == refundable.size()) {
            return check.refundable();
        }
        long lines = 0;
        for (MergedLine l : refundable) {
            if (selected.contains(l.line().id())) {
                lines = Math.addExact(lines, l.line().total().minor());
            }
        }
        long subtotal = check.subtotal().minor();
        long discounted = subtotal == 0 ? 0 : BigInteger.valueOf(lines).multiply(BigInteger.valueOf(
                check.total().minor())).divide(BigInteger.valueOf(subtotal)).longValueExact();
        Money paid = vat.due(Money.of(discounted, check.currency()));
        return paid.minor() > check.refundable().minor() ? check.refundable() : paid;
    }

    /** The money handed back for {@code amount()}; null when there is none to hand back. */
    public Tender paidBack() {
        Money amount = amount();
        if (amount == null || amount.minor() <= 0) {
            return null;
        }
        Money back = way == Way.CARD ? amount : Refund.handedBack(amount, currencyOf(way), rate);
        return back.minor() <= 0 ? null : new Tender(way == Way.CARD ? Tender.Method.CARD : Tender.Method.CASH,
                back);
    }

    /** "$11.00 · LBP 984,500": the refund in both currencies (the other one at the check's rate, when it had one). */
    public String inBothCurrencies() {
        Money amount = amount();
        if (amount == null) {
            return "";
        }
        Currency other = check.currency() == Currency.USD ? Currency.LBP : Currency.USD;
        return rate == null ? amount.display()
                : amount.display() + " \u00b7 " + Refund.handedBack(amount, other, rate).display();
    }

    /** What stops the refund, for the manager; null when it can be written. */
    public String problem() {
        Money amount = amount();
        if (amount == null) {
            return text("refund.problem.amount", check.currency().symbol());
        }
        if (amount.minor() <= 0) {
            return text("refund.problem.nothing");
        }
        if (amount.minor() > check.refundable().minor()) {
            return text("refund.problem.tooMuch", check.refundable().display());
        }
        if (!ways().contains(way)) {
            return text("refund.problem.noRate");
        }
        if (paidBack() == null) {
            return text("refund.problem.tooSmall", currencyOf(way).symbol());
        }
        if (reason.isBlank()) {
            return text("refund.problem.reason");
        }
        if (reason.strip().length() > Refund.MAX_REASON) {
            return text("refund.problem.reasonLength", Refund.MAX_REASON);
        }
        return null;
    }

    /** The refund to write; null while {@link #problem()} has something to say. */
    public Request request() {
        if (problem() != null) {
            return null;
        }
        return new Request(Set.copyOf(selected), amount(), paidBack(), reason.strip());
    }

    private Currency currencyOf(Way w) {
        return w == Way.CASH_USD ? Currency.USD : w == Way.CASH_LBP ? Currency.LBP : check.currency();
    }

    private String text(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }
}
