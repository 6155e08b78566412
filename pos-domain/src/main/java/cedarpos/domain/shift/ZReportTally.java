package cedarpos.domain.shift;


import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.Refund;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The arithmetic of {@link ZReport#of}: one pass over the shift's checks and movements, in minor units. */
final class ZReportTally {
    private final Currency currency;
    private long gross;
    private long discounts;
    private int discountCount;
    private long net;
    private long vat;
    private long collected;
    private int checks;
    private int voidCount;
    private long voidValue;
    private final List<ZReport.VoidedLine> voids = new ArrayList<>();
    private final Map<String, long[]> categories = new LinkedHashMap<>();
    private final Map<Tender.Method, long[]> tendered = new LinkedHashMap<>();
    private Cash change = Cash.ZERO;
    private Cash cash = Cash.ZERO;
    private int refundCount;
    private long refunds;
    private Cash refundedCash = Cash.ZERO;

    private ZReportTally(Currency currency) {
        this.currency = currency;
        for (Tender.Method m : Tender.Method.values()) {
            tendered.put(m, new long[Currency.values().length]);
        }
    }

    static ZReport tally(Shift shift, List<DrawerMovement> movements, List<SettledCheck> settled,
                         Map<MenuItemId, String> categories, Currency currency) {
        if (shift == null || movements == null || settled == null || categories == null || currency == null) {
            throw new IllegalArgumentException("a Z report needs the shift, its movements, the checks, the menu"
                    + " categories and the branch currency");
        }
        if (shift.isOpen()) {
            throw new IllegalArgumentException("shift " + shift.id() + " is still open: close it for its Z report");
        }
        ZReportTally t = new ZReportTally(currency);
        for (SettledCheck c : settled) {
            MergedOrder o = c.order();
            if (o.status() == OrderStatus.SETTLED && !o.payments().isEmpty() && shift.covers(c.settledAt())) {
                t.add(o, categories);
            }
            // a refund counts in the shift it was made in, whichever shift sold the check
            for (Refund r : o.refunds()) {
                if (shift.covers(r.stamp())) {
                    t.refund(o, r);
                }
            }
        }
        Cash in = Cash.ZERO;
        Cash out = Cash.ZERO;
        List<DrawerMovement> ordered = new ArrayList<>(movements);
        ordered.sort(Comparator.comparingLong(DrawerMovement::seq));
        for (DrawerMovement m : ordered) {
            if (!m.shiftId().equals(shift.id())) {
                throw new IllegalArgumentException("movement " + m.id() + " belongs to shift " + m.shiftId()
                        + ", not " + shift.id());
            }
            if (m.kind() == DrawerMovement.Kind.PAY_IN) {
                in = in.plus(m.amount());
            } else {
                out = out.plus(m.amount());
            }
        }
        ZReport.Drawer drawer = ZReport.Drawer.of(shift.openingFloat(), t.cash, t.change, in, out, t.refundedCash,
                shift.closing().counted());
        return new ZReport(shift.id(), shift.terminal(), shift.openedBy(), shift.openedAtMs(),
                shift.closing().closedBy(), shift.closing().closedAtMs(), currency, t.checks, t.money(t.gross),
                t.discountCount, t.money(t.discounts), t.money(t.net), t.money(t.vat), t.money(t.collected),
                t.categories(), t.payments(), t.voidCount, t.money(t.voidValue), t.voids, ordered, drawer, t.refundCount,
                t.money(t.refunds));
    }

    private void add(MergedOrder o, Map<MenuItemId, String> names) {
        // a split check's shares were paid at one branch's rate and VAT: the first share's serve for its lines
        Payment p = o.payments().get(0);
        checks++;
        for (MergedLine l : o.lines()) {
            long value = inCurrency(l.line().total(), p);
            if (l.isVoided()) {
                voidCount++;
                voidValue = Math.addExact(voidValue, value);
                voids.add(new ZReport.VoidedLine(l.line().name(), l.line().quantity(), money(value),
                        l.voided().reason(), l.voided().by()));
                continue;
            }
            String category = names.getOrDefault(l.line().menuItemId(), ZReport.CategorySales.UNCATEGORISED);
            long[] c = categories.computeIfAbsent(category, k -> new long[2]);
            c[0] = Math.addExact(c[0], l.line().quantity());
            c[1] = Math.addExact(c[1], value);
        }
        // a line's own discount is a discount like the check's: sales stay gross, the discounts row takes both
        long lineOff = 0;
        for (MergedLine l : o.lines()) {
            lineOff = Math.addExact(lineOff, inCurrency(l.discountAmount(), p));
        }
        gross = Math.addExact(gross, Math.addExact(inCurrency(o.subtotal(), p), lineOff));
        long off = Math.addExact(inCurrency(o.discountAmount(), p), lineOff);
        if (off > 0) {
            discountCount++;
            discounts = Math.addExact(discounts, off);
        }
        net = Math.addExact(net, inCurrency(o.total(), p));
        vat = Math.addExact(vat, inCurrency(p.vat().of(o.total()), p));
        for (Payment each : o.payments()) {
            collected = Math.addExact(collected, inCurrency(each.due(), each));
            for (Tender t : each.tenders()) {
                long[] byCurrency = tendered.get(t.method());
                int i = t.amount().currency().ordinal();
                byCurrency[i] = Math.addExact(byCurrency[i], t.amount().minor());
                if (t.method() == Tender.Method.CASH) {
                    cash = cash.plus(t.amount());
                }
            }
            change = change.plus(each.change());
        }
    }

    private void refund(MergedOrder o, Refund r) {
        refundCount++;
        Money amount = r.amount();
        if (amount.currency() != currency) {
            ExchangeRate rate = r.rate() != null ? r.rate() : o.payments().isEmpty() ? null
                    : o.payments().get(0).rate();
            if (rate == null) {
                throw new IllegalArgumentException("refund " + r.id() + " of a check in " + amount.currency()
                        + " has no rate to count it in " + currency);
            }
            amount = rate.convert(amount, currency);
        }
        refunds = Math.addExact(refunds, amount.minor());
        if (r.cash()) {
            refundedCash = refundedCash.plus(r.paidBack().amount());
        }
    }

    /** A check's amount in the report's currency: as it is, or at the rate its payment stamped. */
    private long inCurrency(Money m, Payment p) {
        return m.currency() == currency ? m.minor() : p.rate().convert(m, currency).minor();
    }

    private Money money(long minor) {
        return Money.of(minor, currency);
    }

    private List<ZReport.CategorySales> categories() {
        List<ZReport.CategorySales> result = new ArrayList<>();
        categories.forEach((name, c) -> result.add(new ZReport.CategorySales(name, (int) c[0], money(c[1]))));
        // largest first; the items the menu no longer lists last
        result.sort(Comparator.comparing((ZReport.CategorySales s) -> s.category().isEmpty())
                .thenComparing(s -> -s.amount().minor()).thenComparing(ZReport.CategorySales::category));
        return result;
    }

    private List<ZReport.PaymentTotal> payments() {
        List<ZReport.PaymentTotal> result = new ArrayList<>();
        for (Tender.Method m : Tender.Method.values()) {
            for (Currency c : new Currency[] {Currency.USD, Currency.LBP}) {
                Money in = Money.of(tendered.get(m)[c.ordinal()], c);
                // change only ever leaves the drawer: a card is never charged more than is due
                Money back = m == Tender.Method.CASH ? change.in(c) : Money.zero(c);
                result.add(new ZReport.PaymentTotal(m, c, in, back, in.plus(Cash.negate(back))));
            }
        }
        return result;
    }
}
