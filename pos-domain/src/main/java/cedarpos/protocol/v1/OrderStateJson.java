package cedarpos.protocol.v1;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.PaymentState;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.PartPayment;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.LineState;
import cedarpos.domain.merge.Lww;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Settlement;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.VoidMark;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * JSON form of an {@link OrderState}: the payload of every "order" outbox entry
 * (a delta) and change record (the server's whole state). Registers are
 * {@code {"v": value-or-null, "s": stamp}}; absent fields were not written.
 * docs/protocol.md, "Order state", is the reference.
 */
public final class OrderStateJson {
    /** Longest line name: the server stores it in a column of this size. */
    public static final int MAX_LINE_NAME_CHARS = 200;
    /** Upper bound on stamps a settlement can cover: every add and edit of a full order. */
    static final int MAX_COVERED = 20_000;
    static final int MAX_EDITS_PER_LINE = 200;

    private OrderStateJson() {
    }

    public static JsonObject encode(OrderState s, Currency currency) {
        JsonObjectBuilder b = Jsons.objectBuilder().add("id", s.id().toString()).add("currency", currency.name());
        if (s.birth() != null) {
            OrderBirth birth = s.birth();
            JsonObjectBuilder bb = Jsons.objectBuilder().add("branchId", birth.branchId().toString())
                    .add("openedBy", birth.openedBy().toString()).add("openedAtMs", birth.openedAtMs());
            if (birth.staffName() != null) {
                bb.add("staffName", birth.staffName());
            }
            b.add("birth", bb);
        }
        register(b, "status", s.status(), v -> Jsons.objectBuilder().add("x", v.name()));
        register(b, "payment", s.payment(), v -> Jsons.objectBuilder().add("x", v.name()));
        register(b, "discount", s.discount(), d -> Jsons.objectBuilder().add("x", Jsons.objectBuilder()
                .add("kind", d.kind().name()).add("value", d.value()).add("reason", d.reason())));
        register(b, "guests", s.guests(), g -> Jsons.objectBuilder().add("x", g));
        register(b, "table", s.table(), t -> Jsons.objectBuilder().add("x", t.toString()));
        register(b, "settlement", s.settlement(), st -> Jsons.objectBuilder().add("x", settlement(st)));
        JsonArrayBuilder lines = Jsons.arrayBuilder();
        for (LineState line : s.lines().values()) {
            JsonObjectBuilder l = Jsons.objectBuilder().add("id", line.id().toString());
            if (line.add() != null) {
                LineAdd a = line.add();
                JsonObjectBuilder add = Jsons.objectBuilder().add("menuItemId", a.line().menuItemId().toString())
                        .add("name", a.line().name()).add("quantity", a.line().quantity())
                        .add("unitPriceMinor", a.line().unitPrice().minor()).add("s", a.stamp().encode());
                if (a.note() != null) {
                    add.add("note", a.note());
                }
                if (!a.modifiers().isEmpty()) {
                    add.add("modifiers", CashierJson.modifiers(a.modifiers()));
                }
                if (a.seat() != null) {
                    add.add("seat", a.seat());
                }
                if (a.course() != null) {
                    add.add("course", a.course());
                }
                l.add("add", add);
            }
            JsonArrayBuilder edits = Jsons.arrayBuilder();
            for (LineEdit e : line.edits().values()) {
                edits.add(edit(e));
            }
            lines.add(l.add("edits", edits));
        }
        if (!s.parts().isEmpty()) {
            JsonArrayBuilder parts = Jsons.arrayBuilder();
            for (PartPayment p : s.parts().values()) {
                JsonArrayBuilder ids = Jsons.arrayBuilder();
                p.lines().forEach(l -> ids.add(l.toString()));
                parts.add(Jsons.objectBuilder().add("id", p.id().toString()).add("label", p.label())
                        .add("lines", ids).add("amountMinor", p.amount().minor())
                        .add("payment", CashierJson.payment(p.payment())).add("s", p.stamp().encode()));
            }
            b.add("parts", parts);
        }
        if (!s.refunds().isEmpty()) {
            b.add("refunds", RefundJson.encode(s.refunds().values()));
        }
        return b.add("lines", lines).build();
    }

    private static JsonObjectBuilder edit(LineEdit e) {
        JsonObjectBuilder b = Jsons.objectBuilder().add("s", e.stamp().encode()).add("bases", stamps(e.bases()));
        if (e.quantity() != null) {
            b.add("quantity", e.quantity());
        }
        if (e.note() != null) {
            b.add("note", e.note());
        }
        if (e.voidMark() != null) {
            b.add("void", Jsons.objectBuilder().add("reason", e.voidMark().reason()).add("by", e.voidMark().by()));
        }
        if (e.unvoid()) {
            b.add("unvoid", true);
        }
        if (e.sent()) {
            b.add("sent", true);
        }
        if (e.resolution()) {
            b.add("resolution", true);
        }
        if (e.fired()) {
            b.add("fired", true);
        }
        if (e.discount() != null) {
            b.add("discount", Jsons.objectBuilder().add("kind", e.discount().kind().name())
                    .add("value", e.discount().value()).add("reason", e.discount().reason()));
        }
        if (e.undiscount()) {
            b.add("undiscount", true);
        }
        return b;
    }

    private static JsonObjectBuilder settlement(Settlement st) {
        JsonObjectBuilder b = Jsons.objectBuilder().add("covered", stamps(st.covered())).add("paidMinor",
                st.paidMinor());
        if (st.discount() != null) {
            b.add("discount", Jsons.objectBuilder().add("kind", st.discount().kind().name())
                    .add("value", st.discount().value()).add("reason", st.discount().reason()));
        }
        if (st.guests() != null) {
            b.add("guests", st.guests());
        }
        if (st.tableId() != null) {
            b.add("tableId", st.tableId().toString());
        }
        if (st.payment() != null) {
            b.add("payment", CashierJson.payment(st.payment()));
        }
        return b;
    }

    private static JsonArrayBuilder stamps(Set<Stamp> stamps) {
        JsonArrayBuilder a = Jsons.arrayBuilder();
        stamps.forEach(s -> a.add(s.encode()));
        return a;
    }

    /** Writes {"v": value, "s": stamp}; {@code value} builds {"x": value} whose x is lifted into v. */
    private static <T> void register(JsonObjectBuilder b, String name, Lww<T> r,
                                     Function<T, JsonObjectBuilder> value) {
        if (r == null) {
            return;
        }
        JsonObjectBuilder reg = Jsons.objectBuilder().add("s", r.stamp().encode());
        if (r.value() == null) {
            reg.addNull("v");
        } else {
            reg.add("v", value.apply(r.value()).build().get("x"));
        }
        b.add(name, reg);
    }

    /** The currency named by an order payload, checked before decoding the rest against the branch. */
    public static Currency currency(JsonObject json) throws ProtocolException {
        Fields f = Fields.payload(json);
        try {
            return Currency.parse(f.string("currency"));
        } catch (IllegalArgumentException e) {
            throw f.invalid("currency", "must be USD or LBP");
        }
    }

    public static OrderState decode(JsonObject json) throws ProtocolException {
        Fields f = Fields.payload(json);
        Currency currency = currency(json);
        OrderId id = new OrderId(f.uuid("id"));
        try {
            OrderBirth birth = null;
            Fields b = f.optionalNested("birth");
            if (b != null) {
                try {
                    birth = new OrderBirth(new BranchId(b.uuid("branchId")), new TerminalId(b.uuid("openedBy")),
                            currency, b.longValue("openedAtMs", 0, Long.MAX_VALUE), b.optionalString("staffName"));
                } catch (IllegalArgumentException e) {
                    throw b.refused(e);
                }
            }
            Lww<OrderStatus> status = reg(f, "status", (r, n) -> OrderJsonValues.enumValue(r, n, OrderStatus.class));
            Lww<PaymentState> payment = reg(f, "payment", (r, n) -> OrderJsonValues.enumValue(r, n,
                    PaymentState.class));
            Lww<Discount> discount = reg(f, "discount", (r, n) -> discount(r.nested(n)));
            Lww<Integer> guests = reg(f, "guests", (r, n) -> r.intValue(n, 0, OrderState.MAX_GUESTS));
            Lww<TableId> table = reg(f, "table", (r, n) -> new TableId(r.uuid(n)));
            Lww<Settlement> settlement = reg(f, "settlement", (r, n) -> settlement(r.nested(n), currency));
            TreeMap<OrderLineId, LineState> lines = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
            for (Fields l : f.objects("lines", OrderState.MAX_LINES)) {
                LineState line = line(l, currency);
                if (lines.put(line.id(), line) != null) {
                    throw l.invalid("id", "appears twice");
                }
            }
            TreeMap<java.util.UUID, PartPayment> parts = new TreeMap<>();
            if (f.has("parts")) {
                for (Fields p : f.objects("parts", OrderState.MAX_PARTS)) {
                    PartPayment part = part(p, currency);
                    if (parts.put(part.id(), part) != null) {
                        throw p.invalid("id", "appears twice");
                    }
                }
            }
            return new OrderState(id, birth, status, payment, discount, guests, table, settlement, lines, parts,
                    f.has("refunds") ? RefundJson.decode(f, currency) : null);
        } catch (IllegalArgumentException e) {
            throw f.refused(e);
        }
    }

    private static LineState line(Fields l, Currency currency) throws ProtocolException {
        OrderLineId lineId = new OrderLineId(l.uuid("id"));
        LineAdd add = null;
        Fields a = l.optionalNested("add");
        if (a != null) {
            try {
                add = new LineAdd(new OrderLine(lineId, new MenuItemId(a.uuid("menuItemId")),
                        a.string("name", MAX_LINE_NAME_CHARS),
                        a.intValue("quantity", 1, OrderLine.MAX_QUANTITY),
                        Money.of(a.longValue("unitPriceMinor", 0, Long.MAX_VALUE), currency)),
                        CashierJson.modifiers(a), a.optionalString("note"), stamp(a, "s"),
                        a.has("seat") ? a.intValue("seat", 1, LineAdd.MAX_SEAT) : null,
                        a.has("course") ? a.intValue("course", 1, LineAdd.MAX_COURSE) : null);
            } catch (IllegalArgumentException e) {
                throw a.refused(e);
            }
        }
        TreeMap<Stamp, LineEdit> edits = new TreeMap<>();
        for (Fields e : l.objects("edits", MAX_EDITS_PER_LINE)) {
            try {
                Fields v = e.optionalNested("void");
                LineEdit edit = new LineEdit(stamp(e, "s"), stampSet(e, "bases", LineEdit.MAX_BASES),
                        e.has("quantity") ? e.intValue("quantity", 1, OrderLine.MAX_QUANTITY) : null,
                        e.optionalString("note"), v == null ? null : voidMark(v), e.flag("unvoid"), e.flag("sent"),
                        e.flag("resolution"), e.flag("fired"),
                        e.has("discount") ? discount(e.nested("discount")) : null, e.flag("undiscount"));
                if (edits.put(edit.stamp(), edit) != null) {
                    throw e.invalid("s", "appears twice on this line");
                }
            } catch (IllegalArgumentException ex) {
                throw e.refused(ex);
            }
        }
        return new LineState(lineId, add, edits);
    }

    private static PartPayment part(Fields p, Currency currency) throws ProtocolException {
        try {
            java.util.Set<OrderLineId> ids = new java.util.HashSet<>();
            for (String l : p.strings("lines", OrderState.MAX_LINES)) {
                ids.add(OrderLineId.parse(l));
            }
            return new PartPayment(p.uuid("id"), p.string("label"), ids,
                    Money.of(p.longValue("amountMinor", 1, Long.MAX_VALUE), currency),
                    CashierJson.payment(p.nested("payment"), currency), stamp(p, "s"));
        } catch (IllegalArgumentException e) {
            throw p.refused(e);
        }
    }

    private static VoidMark voidMark(Fields v) throws ProtocolException {
        try {
            return new VoidMark(v.string("reason"), v.string("by"));
        } catch (IllegalArgumentException e) {
            throw v.refused(e);
        }
    }

    private static Discount discount(Fields d) throws ProtocolException {
        try {
            return new Discount(OrderJsonValues.enumValue(d, "kind", Discount.Kind.class),
                    d.longValue("value"), d.string("reason"));
        } catch (IllegalArgumentException e) {
            throw d.refused(e);
        }
    }

    private static Settlement settlement(Fields s, Currency currency) throws ProtocolException {
        try {
            return new Settlement(stampSet(s, "covered", MAX_COVERED), s.longValue("paidMinor", 0, Long.MAX_VALUE),
                    s.has("discount") ? discount(s.nested("discount")) : null,
                    s.has("guests") ? s.intValue("guests", 0, OrderState.MAX_GUESTS) : null,
                    s.has("tableId") ? new TableId(s.uuid("tableId")) : null,
                    s.has("payment") ? CashierJson.payment(s.nested("payment"), currency) : null);
        } catch (IllegalArgumentException e) {
            throw s.refused(e);
        }
    }

    static Stamp stamp(Fields f, String name) throws ProtocolException {
        try {
            return Stamp.parse(f.string(name));
        } catch (IllegalArgumentException e) {
            throw f.invalid(name, "must be a stamp <atMs>:<origin uuid>:<seq>");
        }
    }

    private static Set<Stamp> stampSet(Fields f, String name, int max) throws ProtocolException {
        Set<Stamp> set = new TreeSet<>();
        List<String> texts = f.strings(name, max);
        for (int i = 0; i < texts.size(); i++) {
            try {
                set.add(Stamp.parse(texts.get(i)));
            } catch (IllegalArgumentException e) {
                throw f.invalid(name + "[" + i + "]", "must be a stamp <atMs>:<origin uuid>:<seq>");
            }
        }
        return set;
    }

    @FunctionalInterface
    interface ValueReader<T> {
        T read(Fields register, String name) throws ProtocolException;
    }

    /** Reads {"v": ..., "s": ...}; a JSON null v is a cleared register. */
    static <T> Lww<T> reg(Fields f, String name, ValueReader<T> value) throws ProtocolException {
        Fields r = f.optionalNested(name);
        if (r == null) {
            return null;
        }
        Stamp stamp = stamp(r, "s");
        if (!r.present("v")) {
            throw r.invalid("v", "is required (null clears the value)");
        }
        return Lww.of(r.has("v") ? value.read(r, "v") : null, stamp);
    }

}
