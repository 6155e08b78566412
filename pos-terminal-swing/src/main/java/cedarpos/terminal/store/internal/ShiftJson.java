package cedarpos.terminal.store.internal;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.shift.Cash;
import cedarpos.domain.shift.DrawerMovement;
import cedarpos.domain.shift.Shift;
import cedarpos.domain.shift.ShiftId;
import cedarpos.domain.shift.ZReport;
import cedarpos.protocol.v1.Fields;
import cedarpos.protocol.v1.Jsons;
import cedarpos.protocol.v1.ProtocolException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON of shifts, as the outbox carries them (entity {@code shift}) and as the Z report is kept. Amounts are whole
 * minor units (cents, pounds); cash in the drawer is {@code {"USD": cents, "LBP": pounds}}; every payload carries the
 * stamp {@code "s"} of its entry, like the other entities.
 *
 * <ul>
 * <li>{@code open}: {@code {"id","terminalId","openedBy","openedAtMs","openingFloat":{"USD","LBP"},"s"}}</li>
 * <li>{@code movement}: {@code {"id","shiftId","kind":"PAY_IN|PAY_OUT","amountMinor","currency","reason","by",
 * "approvedBy"?,"atMs","seq","s"}}</li>
 * <li>{@code close}: {@code {"id","closedBy","closedAtMs","counted":{"USD","LBP"},"report":{...},"s"}}; the
 * report's {@code refundCount}, {@code refundsMinor} and {@code drawer.refunded} are absent from reports kept before
 * refunds existed, and read as zero</li>
 * </ul>
 */
public final class ShiftJson {
    private static final int MAX_ROWS = 10_000;

    private ShiftJson() {
    }

    public static String open(Shift s, Stamp stamp) {
        return Jsons.objectBuilder().add("id", s.id().toString()).add("terminalId", s.terminal().toString())
                .add("openedBy", s.openedBy()).add("openedAtMs", s.openedAtMs())
                .add("openingFloat", cash(s.openingFloat())).add("s", stamp.encode()).build().toString();
    }

    public static String movement(DrawerMovement m, Stamp stamp) {
        return movementObject(m).add("s", stamp.encode()).build().toString();
    }

    public static String close(Shift s, ZReport report, Stamp stamp) {
        Shift.Closing c = s.closing();
        return Jsons.objectBuilder().add("id", s.id().toString()).add("closedBy", c.closedBy())
                .add("closedAtMs", c.closedAtMs()).add("counted", cash(c.counted())).add("report", report(report))
                .add("s", stamp.encode()).build().toString();
    }

    public static JsonObject report(ZReport z) {
        JsonArrayBuilder categories = Jsons.arrayBuilder();
        z.byCategory().forEach(c -> categories.add(Jsons.objectBuilder().add("category", c.category())
                .add("quantity", c.quantity()).add("amountMinor", c.amount().minor())));
        JsonArrayBuilder payments = Jsons.arrayBuilder();
        z.byPayment().forEach(p -> payments.add(Jsons.objectBuilder().add("method", p.method().name())
                .add("currency", p.currency().name()).add("tenderedMinor", p.tendered().minor())
                .add("changeMinor", p.change().minor()).add("netMinor", p.net().minor())));
        JsonArrayBuilder voids = Jsons.arrayBuilder();
        z.voids().forEach(v -> voids.add(Jsons.objectBuilder().add("item", v.item()).add("quantity", v.quantity())
                .add("valueMinor", v.value().minor()).add("reason", v.reason()).add("by", v.by())));
        JsonArrayBuilder movements = Jsons.arrayBuilder();
        z.movements().forEach(m -> movements.add(movementObject(m)));
        ZReport.Drawer d = z.drawer();
        JsonObjectBuilder drawer = Jsons.objectBuilder().add("openingFloat", cash(d.openingFloat()))
                .add("cashTendered", cash(d.cashTendered())).add("changeGiven", cash(d.changeGiven()))
                .add("payIns", cash(d.payIns())).add("payOuts", cash(d.payOuts())).add("expected", cash(d.expected()))
                .add("counted", cash(d.counted())).add("difference", cash(d.difference()))
                .add("refunded", cash(d.refunded()));
        return Jsons.objectBuilder().add("shiftId", z.shiftId().toString()).add("terminalId", z.terminal().toString())
                .add("openedBy", z.openedBy()).add("openedAtMs", z.openedAtMs()).add("closedBy", z.closedBy())
                .add("closedAtMs", z.closedAtMs()).add("currency", z.currency().name()).add("checks", z.checks())
                .add("grossSalesMinor", z.grossSales().minor()).add("discountCount", z.discountCount())
                .add("discountsMinor", z.discounts().minor()).add("netSalesMinor", z.netSales().minor())
                .add("vatMinor", z.vat().minor()).add("collectedMinor", z.collected().minor())
                .add("byCategory", categories).add("byPayment", payments).add("voidCount", z.voidCount())
                .add("voidValueMinor", z.voidValue().minor()).add("voids", voids).add("movements", movements)
                .add("drawer", drawer).add("refundCount", z.refundCount()).add("refundsMinor", z.refunds().minor())
                .build();
    }

    /** A report this terminal stored. @throws IllegalStateException when it does not read: the file is broken */
    public static ZReport decodeReport(String json) {
        try {
            return decode(Fields.payload(RowMapping.json(json)));
        } catch (ProtocolException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored Z report does not read: " + e.getMessage(), e);
        }
    }

    private static ZReport decode(Fields f) throws ProtocolException {
        Currency currency = Currency.parse(f.string("currency"));
        List<ZReport.CategorySales> categories = new ArrayList<>();
        for (Fields c : f.objects("byCategory", MAX_ROWS)) {
            categories.add(new ZReport.CategorySales(c.string("category"), c.intValue("quantity", 0,
                    Integer.MAX_VALUE), Money.of(c.longValue("amountMinor"), currency)));
        }
        List<ZReport.PaymentTotal> payments = new ArrayList<>();
        for (Fields p : f.objects("byPayment", MAX_ROWS)) {
            Currency c = Currency.parse(p.string("currency"));
            payments.add(new ZReport.PaymentTotal(Tender.Method.valueOf(p.string("method")), c,
                    Money.of(p.longValue("tenderedMinor"), c), Money.of(p.longValue("changeMinor"), c),
                    Money.of(p.longValue("netMinor"), c)));
        }
        List<ZReport.VoidedLine> voids = new ArrayList<>();
        for (Fields v : f.objects("voids", MAX_ROWS)) {
            voids.add(new ZReport.VoidedLine(v.string("item"), v.intValue("quantity", 0, Integer.MAX_VALUE),
                    Money.of(v.longValue("valueMinor"), currency), v.string("reason"), v.string("by")));
        }
        List<DrawerMovement> movements = new ArrayList<>();
        for (Fields m : f.objects("movements", MAX_ROWS)) {
            movements.add(movement(m));
        }
        Fields d = f.nested("drawer");
        ZReport.Drawer drawer = new ZReport.Drawer(cash(d, "openingFloat"), cash(d, "cashTendered"),
                cash(d, "changeGiven"), cash(d, "payIns"), cash(d, "payOuts"), cash(d, "expected"),
                cash(d, "counted"), cash(d, "difference"), d.has("refunded") ? cash(d, "refunded") : Cash.ZERO);
        return new ZReport(new ShiftId(f.uuid("shiftId")), new TerminalId(f.uuid("terminalId")),
                f.string("openedBy"), f.longValue("openedAtMs"), f.string("closedBy"), f.longValue("closedAtMs"),
                currency, f.intValue("checks", 0, Integer.MAX_VALUE),
                Money.of(f.longValue("grossSalesMinor"), currency), f.intValue("discountCount", 0, Integer.MAX_VALUE),
                Money.of(f.longValue("discountsMinor"), currency), Money.of(f.longValue("netSalesMinor"), currency),
                Money.of(f.longValue("vatMinor"), currency), Money.of(f.longValue("collectedMinor"), currency),
                categories, payments, f.intValue("voidCount", 0, Integer.MAX_VALUE),
                Money.of(f.longValue("voidValueMinor"), currency), voids, movements, drawer,
                // reports kept before refunds existed have none
                f.has("refundCount") ? f.intValue("refundCount", 0, Integer.MAX_VALUE) : 0,
                Money.of(f.has("refundsMinor") ? f.longValue("refundsMinor") : 0, currency));
    }

    private static JsonObjectBuilder movementObject(DrawerMovement m) {
        JsonObjectBuilder b = Jsons.objectBuilder().add("id", m.id().toString()).add("shiftId", m.shiftId().toString())
                .add("kind", m.kind().name()).add("amountMinor", m.amount().minor())
                .add("currency", m.amount().currency().name()).add("reason", m.reason()).add("by", m.by());
        if (m.approvedBy() != null) {
            b.add("approvedBy", m.approvedBy());
        }
        return b.add("atMs", m.atMs()).add("seq", m.seq());
    }

    private static DrawerMovement movement(Fields m) throws ProtocolException {
        Currency c = Currency.parse(m.string("currency"));
        return new DrawerMovement(m.uuid("id"), new ShiftId(m.uuid("shiftId")),
                DrawerMovement.Kind.valueOf(m.string("kind")), Money.of(m.longValue("amountMinor"), c),
                m.string("reason"), m.string("by"), m.optionalString("approvedBy"), m.longValue("atMs"),
                m.longValue("seq"));
    }

    private static JsonObject cash(Cash c) {
        return Jsons.objectBuilder().add("USD", c.usd().minor()).add("LBP", c.lbp().minor()).build();
    }

    private static Cash cash(Fields f, String name) throws ProtocolException {
        Fields c = f.nested(name);
        return Cash.of(c.longValue("USD"), c.longValue("LBP"));
    }
}
