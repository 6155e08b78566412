package cedarpos.server.order.web;

import cedarpos.domain.Discount;
import cedarpos.domain.LineModifier;
import cedarpos.domain.Money;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.merge.Conflict;
import cedarpos.domain.merge.Lww;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.PartPayment;
import cedarpos.domain.merge.Refund;
import cedarpos.domain.merge.Settlement;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.protocol.v1.Jsons;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.server.order.ConflictView;
import cedarpos.server.order.OrderDetail;
import cedarpos.server.order.OrderView;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;

/** The REST JSON of orders and conflicts, written by hand so that absent values are explicit nulls. */
public final class OrderJsonViews {
    private OrderJsonViews() {
    }

    public static JsonObject conflict(ConflictView c) {
        JsonArrayBuilder versions = Jsons.arrayBuilder();
        for (ConflictView.Version v : c.versions()) {
            versions.add(Jsons.objectBuilder().add("stamp", v.stamp()).add("terminalId", v.terminalId())
                    .add("atMs", v.atMs()).add("value", v.value()).add("changes", v.changes()));
        }
        JsonObjectBuilder b = Jsons.objectBuilder().add("id", c.id()).add("key", c.key()).add("kind", c.kind())
                .add("orderId", c.orderId());
        nullable(b, "lineId", c.lineId());
        b.add("field", c.field()).add("versions", versions).add("detectedAt", c.detectedAtMs())
                .add("status", c.status());
        if (c.resolvedAtMs() == null) {
            b.addNull("resolvedAt");
        } else {
            b.add("resolvedAt", c.resolvedAtMs());
        }
        nullable(b, "resolvedBy", c.resolvedBy());
        if (c.resolution() == null) {
            b.addNull("resolution");
        } else {
            try (JsonReader r = Jsons.reader(new StringReader(c.resolution()))) {
                b.add("resolution", r.readObject());
            }
        }
        return b.build();
    }

    public static JsonArrayBuilder conflicts(List<ConflictView> conflicts) {
        JsonArrayBuilder a = Jsons.arrayBuilder();
        conflicts.forEach(c -> a.add(conflict(c)));
        return a;
    }

    public static JsonObject order(OrderDetail d) {
        MergedOrder o = d.order();
        JsonObjectBuilder b = Jsons.objectBuilder().add("id", o.id().toString()).add("number", o.id().number())
                .add("branchId", o.branchId().toString()).add("currency", o.currency().name())
                .add("openedBy", o.openedBy().toString());
        nullable(b, "staffName", o.staffName());
        b.add("openedAtMs", o.openedAtMs());
        Long closedAt = OrderView.closedAtMs(d.state(), o);
        if (closedAt == null) {
            b.addNull("closedAtMs");
        } else {
            b.add("closedAtMs", closedAt);
        }
        b.add("status", o.status().name()).add("payment", o.payment().name());
        discount(b, o.discount());
        b.add("guests", o.guests());
        nullable(b, "tableId", o.tableId() == null ? null : o.tableId().toString());
        b.add("subtotalMinor", o.subtotal().minor()).add("discountMinor", o.discountAmount().minor())
                .add("totalMinor", o.total().minor()).add("sharesPaidMinor", o.paid().minor())
                .add("balanceMinor", o.balance().minor()).add("paidMinor", OrderView.paidMinor(d.state(), o))
                .add("refundedMinor", o.refunded().minor());
        JsonArrayBuilder lines = Jsons.arrayBuilder();
        for (MergedLine l : o.lines()) {
            JsonObjectBuilder line = Jsons.objectBuilder().add("id", l.line().id().toString())
                    .add("menuItemId", l.line().menuItemId().toString()).add("name", l.line().name())
                    .add("quantity", l.line().quantity()).add("unitPriceMinor", l.line().unitPrice().minor());
            JsonArrayBuilder modifiers = Jsons.arrayBuilder();
            for (LineModifier m : l.modifiers()) {
                modifiers.add(Jsons.objectBuilder().add("optionId", m.optionId().toString()).add("nameEn", m.nameEn())
                        .add("nameAr", m.nameAr()).add("priceMinor", m.priceMinor()));
            }
            line.add("modifiers", modifiers);
            nullable(line, "note", l.note());
            if (l.voided() == null) {
                line.addNull("voided");
            } else {
                line.add("voided", Jsons.objectBuilder().add("reason", l.voided().reason()).add("by", l.voided().by())
                        .add("atMs", l.voidedAt().atMs()).add("terminalId", l.voidedAt().origin().toString()));
            }
            JsonArrayBuilder flags = Jsons.arrayBuilder();
            l.flags().stream().map(Conflict.Kind::name).sorted().forEach(flags::add);
            nullableInt(line, "seat", l.seat());
            nullableInt(line, "course", l.course());
            line.add("fired", l.fired());
            discount(line, l.discount());
            line.add("discountMinor", l.discountAmount().minor()).add("totalMinor", l.total().minor());
            lines.add(line.add("sent", l.sent()).add("flags", flags));
        }
        b.add("lines", lines);
        paidWith(b, d.state().settlement());
        b.add("parts", parts(o.parts())).add("refunds", refunds(o.refunds()));
        b.add("conflicts", conflicts(d.conflicts()))
                .add("state", OrderStateJson.encode(d.state(), d.currency()));
        return b.build();
    }

    private static void discount(JsonObjectBuilder b, Discount discount) {
        if (discount == null) {
            b.addNull("discount");
        } else {
            b.add("discount", Jsons.objectBuilder().add("kind", discount.kind().name())
                    .add("value", discount.value()).add("reason", discount.reason()));
        }
    }

    /**
     * How a settled check was paid, when and on which till; null while open, and for settlements older than
     * payments.
     */
    private static void paidWith(JsonObjectBuilder b, Lww<Settlement> settlement) {
        Payment p = settlement == null || settlement.value() == null ? null : settlement.value().payment();
        if (p == null) {
            b.addNull("paidWith");
            return;
        }
        b.add("paidWith", payment(p).add("atMs", settlement.stamp().atMs())
                .add("terminalId", settlement.stamp().origin().toString()));
    }

    private static JsonObjectBuilder payment(Payment p) {
        JsonArrayBuilder tenders = Jsons.arrayBuilder();
        for (Tender t : p.tenders()) {
            tenders.add(money(t.amount()).add("method", t.method().name()));
        }
        JsonObjectBuilder b = Jsons.objectBuilder().add("dueMinor", p.due().minor()).add("tenders", tenders);
        if (p.rate() == null) {
            b.addNull("lbpPerUsd");
        } else {
            b.add("lbpPerUsd", p.rate().lbpPerUsd());
        }
        return b.add("vatBp", p.vat().basisPoints()).add("vatIncluded", p.vat().included())
                .add("change", money(p.change()));
    }

    /** The paid shares of a split check, oldest first: each with its own payment. */
    private static JsonArrayBuilder parts(List<PartPayment> parts) {
        JsonArrayBuilder a = Jsons.arrayBuilder();
        for (PartPayment p : parts) {
            a.add(Jsons.objectBuilder().add("id", p.id().toString()).add("label", p.label())
                    .add("amountMinor", p.amount().minor()).add("payment", payment(p.payment()))
                    .add("lines", ids(p.lines())).add("atMs", p.stamp().atMs())
                    .add("terminalId", p.stamp().origin().toString()));
        }
        return a;
    }

    /** Money given back, oldest first: how much, how it went back, why, who approved it, when, on which till. */
    private static JsonArrayBuilder refunds(List<Refund> refunds) {
        JsonArrayBuilder a = Jsons.arrayBuilder();
        for (Refund r : refunds) {
            JsonObjectBuilder o = Jsons.objectBuilder().add("id", r.id().toString())
                    .add("amountMinor", r.amount().minor())
                    .add("paidBack", money(r.paidBack().amount()).add("method", r.paidBack().method().name()));
            if (r.rate() == null) {
                o.addNull("lbpPerUsd");
            } else {
                o.add("lbpPerUsd", r.rate().lbpPerUsd());
            }
            a.add(o.add("reason", r.reason()).add("approvedBy", r.approvedBy()).add("lines", ids(r.lines()))
                    .add("atMs", r.stamp().atMs()).add("terminalId", r.stamp().origin().toString()));
        }
        return a;
    }

    private static JsonArrayBuilder ids(java.util.Set<OrderLineId> lines) {
        JsonArrayBuilder a = Jsons.arrayBuilder();
        lines.forEach(l -> a.add(l.toString()));
        return a;
    }

    private static void nullableInt(JsonObjectBuilder b, String name, Integer value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    private static JsonObjectBuilder money(Money m) {
        return Jsons.objectBuilder().add("currency", m.currency().name()).add("minor", m.minor());
    }

    private static void nullable(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }
}
