package cedarpos.domain.merge;

import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Turns a manager's {@link Resolution} into a change (a delta state) that syncs
 * like any other. A line resolution names every current change of the line as its
 * base, which is what closes the conflict on every replica that receives it.
 */
public final class Resolver {
    static final String REJECTED = "rejected: the order was already settled";

    private Resolver() {
    }

    /**
     * @param key   the open conflict's {@link Conflict#key()}
     * @param given the resolution's stamp (server clock, server-side origin); moved just past the latest
     *              change of the order when that is later
     * @param by    the manager, for the record
     * @throws IllegalArgumentException when the conflict is not open here or the choice does not fit it;
     *                                  nothing is changed
     */
    public static OrderState resolve(OrderState state, String key, Resolution r, Stamp given, String by) {
        MergedOrder order = state.requireMerged();
        // a decision is newer than everything it decides on, whatever the clocks said: otherwise a terminal
        // stamp a little ahead of the server's clock would keep beating the manager's register writes
        Stamp latest = state.latest();
        Stamp stamp = latest != null && !given.isAfter(latest)
                ? new Stamp(latest.atMs() + 1, given.origin(), given.seq()) : given;
        Conflict c = order.conflicts().stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("conflict " + key + " is not open on order "
                        + state.id()));
        if (c.kind() == Conflict.Kind.LATE_FOR_SETTLED) {
            return late(state, order, c, r, stamp, by);
        }
        if (r.choice() == Resolution.Choice.REJECT) {
            throw new IllegalArgumentException("REJECT applies to late changes of a settled order; for " + c.kind()
                    + " choose KEEP, KEEP_BOTH or CUSTOM");
        }
        LineState line = state.line(c.lineId());
        MergedLine now = order.lines().stream().filter(l -> l.line().id().equals(c.lineId())).findFirst()
                .orElseThrow();
        Set<Stamp> bases = line.heads();
        return switch (r.choice()) {
            case KEEP -> OrderState.withEdit(state.id(), line.id(), keep(line, now, c, r.version(), stamp, bases));
            case CUSTOM -> OrderState.withEdit(state.id(), line.id(), new LineEdit(stamp, bases, r.quantity(),
                    r.note(), Boolean.TRUE.equals(r.voided()) && !now.isVoided() ? new VoidMark("manager", by) : null,
                    Boolean.FALSE.equals(r.voided()) && now.isVoided(), false, true));
            default -> keepBoth(state, line, now, c, stamp, bases, by);
        };
    }

    private static LineEdit keep(LineState line, MergedLine now, Conflict c, Stamp version, Stamp stamp,
                                 Set<Stamp> bases) {
        requireVersion(c, version);
        LineEdit chosen = line.edits().get(version);
        if (chosen.voidMark() != null) {
            // keeping the void: the line stays voided, the manager's review closes the conflict
            return new LineEdit(stamp, bases, null, null, now.isVoided() ? null : chosen.voidMark(), false, false,
                    true);
        }
        // keeping an edit (or the ticket that was sent): its values, and the line restored if voided
        return new LineEdit(stamp, bases, chosen.quantity(), chosen.note(), null, now.isVoided(), false, true, false,
                chosen.discount(), chosen.undiscount());
    }

    private static OrderState keepBoth(OrderState state, LineState line, MergedLine now, Conflict c, Stamp stamp,
                                       Set<Stamp> bases, String by) {
        if (c.kind() == Conflict.Kind.VOID_AFTER_SEND) {
            throw new IllegalArgumentException("KEEP_BOTH does not apply to a void after the kitchen ticket: KEEP the"
                    + " void, or KEEP the sent version to restore the line");
        }
        List<LineEdit> versions = c.versions().stream().map(v -> line.edits().get(v.stamp())).toList();
        LineEdit first = versions.get(0);
        // the line holds the oldest version (or stays voided); every other content version becomes its own line
        LineEdit onLine = first.voidMark() != null
                ? new LineEdit(stamp, bases, null, null, null, false, false, true)
                : new LineEdit(stamp, bases, first.quantity(), first.note(), null, now.isVoided(), false, true, false,
                first.discount(), first.undiscount());
        OrderState delta = OrderState.withEdit(state.id(), line.id(), onLine);
        List<LineAdd> copies = new ArrayList<>();
        OrderLine base = now.line();
        for (LineEdit v : versions.subList(1, versions.size())) {
            if (v.voidMark() != null) {
                continue;
            }
            OrderLineId copyId = new OrderLineId(UUID.nameUUIDFromBytes((c.key() + "/" + v.stamp())
                    .getBytes(StandardCharsets.UTF_8)));
            int qty = v.quantity() != null ? v.quantity() : base.quantity();
            String note = v.note() != null ? v.note() : now.note();
            copies.add(new LineAdd(new OrderLine(copyId, base.menuItemId(), base.name(), qty, base.unitPrice()),
                    now.modifiers(), note, stamp));
        }
        if (first.voidMark() != null && copies.isEmpty()) {
            throw new IllegalArgumentException("every version of " + c.key() + " is a void; KEEP one of them");
        }
        return delta.join(OrderState.withLines(state.id(), copies));
    }

    private static OrderState late(OrderState state, MergedOrder order, Conflict c, Resolution r, Stamp stamp,
                                   String by) {
        if (r.choice() == Resolution.Choice.CUSTOM) {
            throw new IllegalArgumentException("a late change to a settled order is accepted (KEEP or KEEP_BOTH, "
                    + "which reopens the check) or rejected (REJECT)");
        }
        if (r.choice() == Resolution.Choice.KEEP) {
            requireVersion(c, r.version());
        }
        if (r.choice() != Resolution.Choice.REJECT) {
            return OrderState.reopened(state.id(), stamp);
        }
        Settlement settled = state.settlement().value();
        Set<Stamp> covered = new TreeSet<>(settled.covered());
        c.versions().forEach(v -> covered.add(v.stamp()));
        covered.add(stamp);
        OrderState delta;
        if (c.lineId() == null) {
            delta = switch (c.field()) {
                case "discount" -> OrderState.withDiscount(state.id(), settled.discount(), stamp);
                case "guests" -> OrderState.withGuests(state.id(), settled.guests() == null ? 0 : settled.guests(),
                        stamp);
                default -> OrderState.withTable(state.id(), settled.tableId(), stamp);
            };
        } else {
            LineState line = state.line(c.lineId());
            MergedLine current = order.lines().stream().filter(l -> l.line().id().equals(c.lineId())).findFirst()
                    .orElseThrow();
            LineEdit revert;
            if (!settled.covered().contains(line.add().stamp())) {
                revert = new LineEdit(stamp, line.heads(), null, null, current.isVoided() ? null
                        : new VoidMark(REJECTED, by), false, false, true);
            } else {
                MergedLine was = line.as(settled.covered()).merge(state.id(), new ArrayList<>());
                boolean discountChanged = !java.util.Objects.equals(was.discount(), current.discount());
                revert = new LineEdit(stamp, line.heads(), was.line().quantity(), was.note() == null ? "" : was.note(),
                        was.isVoided() && !current.isVoided() ? was.voided() : null,
                        !was.isVoided() && current.isVoided(), false, true, false,
                        discountChanged ? was.discount() : null, discountChanged && was.discount() == null);
            }
            delta = OrderState.withEdit(state.id(), line.id(), revert);
        }
        Settlement again = new Settlement(covered, settled.paidMinor(), settled.discount(), settled.guests(),
                settled.tableId(), settled.payment());
        return delta.join(new OrderState(state.id(), null, null, null, null, null, null, Lww.of(again, stamp),
                OrderState.empty(state.id()).lines()));
    }

    private static void requireVersion(Conflict c, Stamp version) {
        if (c.versions().stream().noneMatch(v -> v.stamp().equals(version))) {
            throw new IllegalArgumentException("version " + version + " is not one of conflict " + c.key()
                    + "'s versions " + c.versions().stream().map(v -> v.stamp().toString()).toList());
        }
    }
}
