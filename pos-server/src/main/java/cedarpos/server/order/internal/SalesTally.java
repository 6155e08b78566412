package cedarpos.server.order.internal;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.PartPayment;
import cedarpos.domain.merge.Refund;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.pay.Vat;
import cedarpos.server.order.DaySales;
import cedarpos.server.order.SalesTotals;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sums of one branch's day, one merged order at a time (the definitions are in docs/protocol.md, "Sales"). Pure:
 * the caller reads the day's orders and hands them over in any order; the answer does not depend on it.
 */
final class SalesTally {
    static final int TOP_DISHES = 10;

    private final Currency currency;
    private final ZoneId zone;
    private long gross;
    private long discounts;
    private long refunds;
    private long vat;
    private int orders;
    private int covers;
    private final long[] hourNet = new long[24];
    private final int[] hourOrders = new int[24];
    private final Map<String, Dish> dishes = new LinkedHashMap<>();
    private final Map<String, TenderRow> tenders = new LinkedHashMap<>();
    private int openChecks;
    private int openCovers;
    private ExchangeRate lastRate;
    private long lastRateOpenedAtMs = Long.MIN_VALUE;
    private String lastRateOrder = "";

    SalesTally(Currency currency, ZoneId zone) {
        this.currency = currency;
        this.zone = zone;
    }

    /** Counts one order of the day: settled in the sales, open in {@code open}, cancelled nowhere. */
    void add(MergedOrder o) {
        if (o.currency() != currency) {
            throw new IllegalArgumentException("order " + o.id() + " is in " + o.currency() + ", the branch in "
                    + currency);
        }
        switch (o.status()) {
            case SETTLED -> settled(o);
            case OPEN, SENT -> {
                openChecks++;
                openCovers += o.guests();
            }
            case CANCELLED -> {
                // never a sale, never open
            }
        }
    }

    private void settled(MergedOrder o) {
        long lineGross = 0;
        long lineDiscounts = 0;
        List<MergedLine> standing = new ArrayList<>();
        for (MergedLine l : o.lines()) {
            if (l.isVoided()) {
                continue;
            }
            standing.add(l);
            lineGross = Math.addExact(lineGross, l.line().total().minor());
            lineDiscounts = Math.addExact(lineDiscounts, l.discountAmount().minor());
        }
        long checkDiscount = o.discountAmount().minor();
        long total = o.total().minor();
        Vat checkVat = o.payments().isEmpty() ? null : o.payments().get(0).vat();
        long refundBase = 0;
        for (Refund r : o.refunds()) {
            long inRefund = checkVat == null ? 0 : new Vat(checkVat.basisPoints(), true).of(r.amount()).minor();
            refundBase = Math.addExact(refundBase, checkVat != null && !checkVat.included()
                    ? r.amount().minor() - inRefund : r.amount().minor());
            vat = Math.subtractExact(vat, inRefund);
            tender(r.paidBack().method(), r.paidBack().amount()).refunded(r.paidBack().amount(), r.rate());
        }
        vat = Math.addExact(vat, paymentsVat(o, total));
        long net = total - refundBase;
        gross = Math.addExact(gross, lineGross);
        discounts = Math.addExact(discounts, Math.addExact(lineDiscounts, checkDiscount));
        refunds = Math.addExact(refunds, refundBase);
        orders++;
        covers += o.guests();
        int hour = Instant.ofEpochMilli(o.openedAtMs()).atZone(zone).getHour();
        hourNet[hour] = Math.addExact(hourNet[hour], net);
        hourOrders[hour]++;
        dishes(standing, checkDiscount);
        for (Payment p : o.payments()) {
            for (Tender t : p.tenders()) {
                tender(t.method(), t.amount()).tendered(t.amount(), p.rate());
            }
            if (p.change().minor() > 0) {
                tender(Tender.Method.CASH, p.change()).change(p.change(), p.rate());
            }
            if (p.rate() != null && (o.openedAtMs() > lastRateOpenedAtMs || o.openedAtMs() == lastRateOpenedAtMs
                    && o.id().toString().compareTo(lastRateOrder) > 0)) {
                lastRate = p.rate();
                lastRateOpenedAtMs = o.openedAtMs();
                lastRateOrder = o.id().toString();
            }
        }
    }

    /** The VAT the check's payments stamped: each share's on its amount, the settlement's on what was left. */
    private static long paymentsVat(MergedOrder o, long total) {
        long sum = 0;
        long shares = 0;
        for (PartPayment p : o.parts()) {
            sum = Math.addExact(sum, p.payment().vat().of(p.amount()).minor());
            shares = Math.addExact(shares, p.amount().minor());
        }
        if (o.paidWith() != null) {
            Money rest = Money.of(Math.max(0, total - shares), o.currency());
            sum = Math.addExact(sum, o.paidWith().vat().of(rest).minor());
        }
        return sum;
    }

    /** Each standing line's net: its total after its own discount, less its share of the check's discount. */
    private void dishes(List<MergedLine> standing, long checkDiscount) {
        long[] shares = shares(standing, checkDiscount);
        for (int i = 0; i < standing.size(); i++) {
            MergedLine l = standing.get(i);
            Dish d = dishes.computeIfAbsent(l.line().menuItemId().toString(), id -> new Dish(id, l.line().name()));
            d.quantity += l.line().quantity();
            d.net = Math.addExact(d.net, l.total().minor() - shares[i]);
        }
    }

    /**
     * The check's discount split over the lines in proportion to their totals, rounded down, the units left over
     * going one each to the lines with the largest remainders (the earliest first on a tie), so the shares add up to
     * the discount exactly.
     */
    static long[] shares(List<MergedLine> lines, long discount) {
        long[] shares = new long[lines.size()];
        long base = 0;
        for (MergedLine l : lines) {
            base = Math.addExact(base, l.total().minor());
        }
        if (discount == 0 || base == 0) {
            return shares;
        }
        long[] remainders = new long[lines.size()];
        long given = 0;
        for (int i = 0; i < shares.length; i++) {
            java.math.BigInteger[] qr = java.math.BigInteger.valueOf(lines.get(i).total().minor())
                    .multiply(java.math.BigInteger.valueOf(discount))
                    .divideAndRemainder(java.math.BigInteger.valueOf(base));
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1].longValueExact();
            given += shares[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed().thenComparingInt(i -> i));
        for (int k = 0; given < discount; k++) {
            shares[order.get(k)]++;
            given++;
        }
        return shares;
    }

    private TenderRow tender(Tender.Method method, Money amount) {
        return tenders.computeIfAbsent(method + ":" + amount.currency(), k -> new TenderRow(method, amount.currency()));
    }

    /** {@code m} in the branch's currency at {@code rate}, half up; an amount already in it as it is. */
    private long inBranch(Money m, ExchangeRate rate) {
        if (m.currency() == currency) {
            return m.minor();
        }
        if (rate == null) {
            throw new IllegalStateException("an amount in " + m.currency() + " without a rate");
        }
        return rate.convert(m, currency).minor();
    }

    SalesTotals totals() {
        long net = gross - discounts - refunds;
        return new SalesTotals(gross, discounts, refunds, net, vat, orders, covers, SalesTotals.average(net, orders));
    }

    List<DaySales.HourSales> byHour() {
        List<DaySales.HourSales> rows = new ArrayList<>(24);
        for (int h = 0; h < 24; h++) {
            rows.add(new DaySales.HourSales(h, hourNet[h], hourOrders[h]));
        }
        return rows;
    }

    /**
     * The day's sales by menu category, the best first; a dish the menu does not know (or whose category is not
     * given) counts under the empty category.
     */
    List<DaySales.CategorySales> byCategory(Map<String, String> categoryOfDish) {
        Map<String, long[]> byCategory = new HashMap<>();
        for (Dish d : dishes.values()) {
            long[] sums = byCategory.computeIfAbsent(categoryOfDish.getOrDefault(d.id, ""), c -> new long[2]);
            sums[0] += d.quantity;
            sums[1] += d.net;
        }
        return byCategory.entrySet().stream()
                .map(e -> new DaySales.CategorySales(e.getKey(), (int) e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(DaySales.CategorySales::net).reversed()
                        .thenComparing(DaySales.CategorySales::category))
                .toList();
    }

    /** The ids of the dishes sold on the day's settled checks. */
    Set<String> dishIds() {
        return Set.copyOf(dishes.keySet());
    }

    List<DaySales.DishSales> topDishes() {
        return dishes.values().stream()
                .sorted(Comparator.comparingLong((Dish d) -> d.net).reversed()
                        .thenComparing(Comparator.comparingInt((Dish d) -> d.quantity).reversed())
                        .thenComparing(d -> d.name).thenComparing(d -> d.id))
                .limit(TOP_DISHES).map(d -> new DaySales.DishSales(d.id, d.name, d.quantity, d.net)).toList();
    }

    /** Cash before card, then the branch's currency first. */
    List<DaySales.TenderSales> payments() {
        return tenders.values().stream()
                .sorted(Comparator.comparing((TenderRow t) -> t.method)
                        .thenComparing(t -> t.currency == currency ? 0 : 1))
                .map(t -> new DaySales.TenderSales(t.method.name(), t.currency, t.tendered, t.change, t.refunded,
                        t.tendered - t.change - t.refunded, t.netInBranch)).toList();
    }

    DaySales.OpenChecks open() {
        return new DaySales.OpenChecks(openChecks, openCovers);
    }

    /** The totals in the other currency at the rate of the day's last paid check that stamped one; null if none. */
    DaySales.OtherCurrency otherCurrency() {
        if (lastRate == null) {
            return null;
        }
        Currency other = currency == Currency.USD ? Currency.LBP : Currency.USD;
        SalesTotals t = totals();
        long gross = convert(t.gross(), other);
        long discounts = convert(t.discounts(), other);
        long refunds = convert(t.refunds(), other);
        // net is what is left of the converted parts, so the converted figures add up as the originals do
        long net = gross - discounts - refunds;
        return new DaySales.OtherCurrency(other, lastRate.lbpPerUsd(), new SalesTotals(gross, discounts, refunds, net,
                convert(t.vat(), other), t.orders(), t.covers(), SalesTotals.average(net, t.orders())));
    }

    private long convert(long minor, Currency to) {
        return lastRate.convert(Money.of(minor, currency), to).minor();
    }

    private static final class Dish {
        final String id;
        final String name;
        int quantity;
        long net;

        Dish(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    private final class TenderRow {
        final Tender.Method method;
        final Currency currency;
        long tendered;
        long change;
        long refunded;
        long netInBranch;

        TenderRow(Tender.Method method, Currency currency) {
            this.method = method;
            this.currency = currency;
        }

        void tendered(Money m, ExchangeRate rate) {
            tendered = Math.addExact(tendered, m.minor());
            netInBranch = Math.addExact(netInBranch, inBranch(m, rate));
        }

        void change(Money m, ExchangeRate rate) {
            change = Math.addExact(change, m.minor());
            netInBranch = Math.subtractExact(netInBranch, inBranch(m, rate));
        }

        void refunded(Money m, ExchangeRate rate) {
            refunded = Math.addExact(refunded, m.minor());
            netInBranch = Math.subtractExact(netInBranch, inBranch(m, rate));
        }
    }
}
