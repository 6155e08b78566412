package cedarpos.server.order.web;

import cedarpos.protocol.v1.Jsons;
import cedarpos.server.order.BranchSales;
import cedarpos.server.order.DaySales;
import cedarpos.server.order.SalesTotals;
import cedarpos.server.platform.RequestRefused;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/** The sales answers' JSON (docs/protocol.md, "Sales"), and the {@code day} query parameter. */
final class SalesJson {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private SalesJson() {
    }

    /** {@code YYYY-MM-DD}, a real calendar day; absent: {@code today}. */
    static LocalDate day(String text, LocalDate today) {
        if (text == null) {
            return today;
        }
        if (DAY.matcher(text).matches()) {
            try {
                return LocalDate.parse(text, STRICT_DAY);
            } catch (DateTimeParseException e) {
                // answered below
            }
        }
        throw RequestRefused.invalidField("day", "day must be a calendar day written YYYY-MM-DD, got \""
                + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"");
    }

    static JsonObject branch(DaySales s) {
        JsonObjectBuilder b = Jsons.objectBuilder().add("branchId", s.branchId().toString())
                .add("day", s.day().toString()).add("zone", s.zone());
        currency(b, s.currency() == null ? null : s.currency().name());
        b.add("totals", totals(s.totals()));
        JsonArrayBuilder hours = Jsons.arrayBuilder();
        s.byHour().forEach(h -> hours.add(Jsons.objectBuilder().add("hour", h.hour()).add("netMinor", h.net())
                .add("orders", h.orders())));
        JsonArrayBuilder dishes = Jsons.arrayBuilder();
        s.topDishes().forEach(d -> dishes.add(Jsons.objectBuilder().add("menuItemId", d.menuItemId())
                .add("name", d.name()).add("quantity", d.quantity()).add("netMinor", d.net())));
        JsonArrayBuilder payments = Jsons.arrayBuilder();
        s.payments().forEach(p -> payments.add(Jsons.objectBuilder().add("method", p.method())
                .add("currency", p.currency().name()).add("tenderedMinor", p.tendered())
                .add("changeMinor", p.change()).add("refundedMinor", p.refunded()).add("netMinor", p.net())
                .add("netInBranchCurrencyMinor", p.netInBranchCurrency())));
        JsonArrayBuilder categories = Jsons.arrayBuilder();
        s.byCategory().forEach(c -> categories.add(Jsons.objectBuilder().add("category", c.category())
                .add("quantity", c.quantity()).add("netMinor", c.net())));
        b.add("byHour", hours).add("byCategory", categories).add("topDishes", dishes).add("payments", payments)
                .add("open", Jsons.objectBuilder().add("checks", s.open().checks()).add("covers", s.open().covers()))
                .add("compare", Jsons.objectBuilder().add("day", s.compareDay().toString())
                        .add("totals", totals(s.compare())));
        if (s.otherCurrency() == null) {
            b.addNull("otherCurrency");
        } else {
            b.add("otherCurrency", Jsons.objectBuilder().add("currency", s.otherCurrency().currency().name())
                    .add("lbpPerUsd", s.otherCurrency().lbpPerUsd())
                    .add("totals", totals(s.otherCurrency().totals())));
        }
        return b.build();
    }

    static JsonObject chain(LocalDate day, String zone, List<BranchSales> branches) {
        JsonArrayBuilder rows = Jsons.arrayBuilder();
        for (BranchSales s : branches) {
            JsonObjectBuilder row = Jsons.objectBuilder().add("branchId", s.branchId().toString());
            currency(row, s.currency() == null ? null : s.currency().name());
            rows.add(row.add("totals", totals(s.totals())).add("compare", totals(s.compare())));
        }
        return Jsons.objectBuilder().add("day", day.toString()).add("zone", zone)
                .add("compareDay", day.minusWeeks(1).toString()).add("branches", rows).build();
    }

    private static void currency(JsonObjectBuilder b, String currency) {
        if (currency == null) {
            b.addNull("currency");
        } else {
            b.add("currency", currency);
        }
    }

    private static JsonObjectBuilder totals(SalesTotals t) {
        return Jsons.objectBuilder().add("grossMinor", t.gross()).add("discountsMinor", t.discounts())
                .add("refundsMinor", t.refunds()).add("netMinor", t.net()).add("vatMinor", t.vat())
                .add("orders", t.orders()).add("covers", t.covers()).add("averageCheckMinor", t.averageCheck());
    }
}
