package cedarpos.server.order.internal;

import cedarpos.domain.Discount;
import cedarpos.domain.merge.Conflict;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.LineState;
import cedarpos.domain.merge.Lww;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.protocol.v1.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * What one version of a conflict sets, field by field, so the review queue can lay the versions side by side and a
 * manager sees what differs in their own language (the version's {@code value} is the domain's English sentence).
 * Keys: {@code added} {quantity, name}, {@code quantity}, {@code note} ("" cleared), {@code void} {reason, by},
 * {@code restored}, {@code sent}, {@code fired}, {@code discount} {kind, value, reason} (value: basis points or minor
 * units), {@code discountOff}, {@code guests}, {@code table} (a table id, or null cleared).
 */
final class ConflictParts {
    private ConflictParts() {
    }

    /** The parts of {@code version}, found in the order's state by its stamp; empty when the state lacks it. */
    static JsonObject of(OrderState state, Conflict conflict, Conflict.Version version) {
        JsonObjectBuilder b = Jsons.objectBuilder();
        if (state == null) {
            return b.build();
        }
        Stamp stamp = version.stamp();
        if (conflict.lineId() != null) {
            LineState line = state.line(conflict.lineId());
            if (line == null) {
                return b.build();
            }
            LineAdd add = line.add();
            if (add != null && add.stamp().equals(stamp)) {
                b.add("added", Jsons.objectBuilder().add("quantity", add.line().quantity())
                        .add("name", add.line().name()));
            }
            LineEdit e = line.edits().get(stamp);
            if (e != null) {
                edit(b, e);
            }
            return b.build();
        }
        switch (conflict.field()) {
            case "discount" -> at(state.discount(), stamp, d -> b.add("discount", discount(d)),
                    () -> b.add("discountOff", true));
            case "guests" -> at(state.guests(), stamp, g -> b.add("guests", g), () -> b.addNull("guests"));
            case "table" -> at(state.table(), stamp, t -> b.add("table", t.toString()), () -> b.addNull("table"));
            default -> {
                // a header field this view does not know yet: the value's sentence says it
            }
        }
        return b.build();
    }

    private static void edit(JsonObjectBuilder b, LineEdit e) {
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
            b.add("restored", true);
        }
        if (e.sent()) {
            b.add("sent", true);
        }
        if (e.fired()) {
            b.add("fired", true);
        }
        if (e.discount() != null) {
            b.add("discount", discount(e.discount()));
        }
        if (e.undiscount()) {
            b.add("discountOff", true);
        }
    }

    private static JsonObjectBuilder discount(Discount d) {
        return Jsons.objectBuilder().add("kind", d.kind().name()).add("value", d.value()).add("reason", d.reason());
    }

    /** The register's value when it was written under {@code stamp} (a null value: cleared). */
    private static <T> void at(Lww<T> register, Stamp stamp, java.util.function.Consumer<T> set, Runnable cleared) {
        if (register == null || !register.stamp().equals(stamp)) {
            return;
        }
        if (register.value() == null) {
            cleared.run();
        } else {
            set.accept(register.value());
        }
    }
}
