package cedarpos.domain.merge;

import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Everything known about one order line: its add (null while only edits have
 * arrived) and the set of its edits. Joining is set union, so no add and no edit
 * is ever lost; what the line shows is computed from the set alone.
 */
public record LineState(OrderLineId id, LineAdd add, SortedMap<Stamp, LineEdit> edits) {

    public LineState {
        if (id == null) {
            throw new IllegalArgumentException("line id is required");
        }
        if (add != null && !add.line().id().equals(id)) {
            throw new IllegalArgumentException("line add " + add.line().id() + " filed under " + id);
        }
        edits = Collections.unmodifiableSortedMap(new TreeMap<>(edits));
    }

    public static LineState added(LineAdd add) {
        return new LineState(add.line().id(), add, new TreeMap<>());
    }

    public static LineState edited(OrderLineId id, LineEdit edit) {
        TreeMap<Stamp, LineEdit> one = new TreeMap<>();
        one.put(edit.stamp(), edit);
        return new LineState(id, null, one);
    }

    public LineState join(LineState other) {
        if (!other.id.equals(id)) {
            throw new IllegalArgumentException("cannot join line " + other.id + " into " + id);
        }
        TreeMap<Stamp, LineEdit> all = new TreeMap<>(edits);
        other.edits.forEach((stamp, edit) -> all.merge(stamp, edit, LineState::deterministic));
        return new LineState(id, deterministic(add, other.add), all);
    }

    /** Two records under one key: only forged or corrupted input does this; pick the same one everywhere. */
    private static <T> T deterministic(T a, T b) {
        if (a == null || b == null || a.equals(b)) {
            return a == null ? b : a;
        }
        return a.toString().compareTo(b.toString()) <= 0 ? a : b;
    }

    /** The stamps a new edit of this line names as its bases: its latest changes, or its add. */
    public Set<Stamp> heads() {
        Set<Stamp> heads = new TreeSet<>(edits.keySet());
        for (LineEdit e : edits.values()) {
            heads.removeAll(e.bases());
        }
        if (heads.isEmpty() && add != null) {
            heads.add(add.stamp());
        }
        return heads;
    }

    /** Every stamp this line holds (its add and its edits). */
    public Set<Stamp> stamps() {
        Set<Stamp> all = new TreeSet<>(edits.keySet());
        if (add != null) {
            all.add(add.stamp());
        }
        return all;
    }

    /** The line restricted to the changes in {@code known}: what a replica holding only those showed. */
    public LineState as(Set<Stamp> known) {
        TreeMap<Stamp, LineEdit> kept = new TreeMap<>();
        edits.forEach((s, e) -> {
            if (known.contains(s)) {
                kept.put(s, e);
            }
        });
        return new LineState(id, add, kept);
    }

    /**
     * The line as the merge rules decide it, appending its open conflicts to
     * {@code conflicts}; null while its add has not arrived.
     */
    public MergedLine merge(OrderId orderId, List<Conflict> conflicts) {
        if (add == null) {
            return null;
        }
        Ancestry anc = new Ancestry(edits);
        LineEdit quantity = anc.winner(edits.values(), e -> e.quantity() != null);
        LineEdit note = anc.winner(edits.values(), e -> e.note() != null);
        LineEdit discount = anc.winner(edits.values(), LineEdit::setsDiscount);
        LineEdit voidState = anc.winner(edits.values(), LineEdit::setsVoid);
        VoidMark voided = voidState == null ? null : voidState.voidMark();
        boolean sent = edits.values().stream().anyMatch(LineEdit::sent);
        boolean fired = edits.values().stream().anyMatch(LineEdit::fired);

        Map<Clash, Set<LineEdit>> open = new LinkedHashMap<>();
        List<LineEdit> all = new ArrayList<>(edits.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                LineEdit x = all.get(i);
                LineEdit y = all.get(j);
                Clash clash = clash(anc, x, y);
                if (clash != null && !anc.settledByResolution(x, y)) {
                    Set<LineEdit> versions = open.computeIfAbsent(clash, k -> new TreeSet<>(
                            (a, b) -> a.stamp().compareTo(b.stamp())));
                    versions.add(x);
                    versions.add(y);
                }
            }
        }
        if (voided != null && sent) {
            LineEdit sentEdit = edits.values().stream().filter(LineEdit::sent).findFirst().orElseThrow();
            boolean reviewed = edits.values().stream().anyMatch(r -> r.resolution()
                    && anc.of(r).contains(voidState.stamp()));
            if (!reviewed) {
                Set<LineEdit> versions = new TreeSet<>((a, b) -> a.stamp().compareTo(b.stamp()));
                versions.add(sentEdit);
                versions.add(voidState);
                open.put(new Clash(Conflict.Kind.VOID_AFTER_SEND, "void"), versions);
            }
        }
        Set<Conflict.Kind> flags = EnumSet.noneOf(Conflict.Kind.class);
        open.forEach((clash, versions) -> {
            flags.add(clash.kind());
            conflicts.add(new Conflict(clash.kind(), orderId, id, clash.field(), versions.stream()
                    .map(e -> new Conflict.Version(e.stamp(), describe(e))).toList()));
        });
        OrderLine base = add.line();
        OrderLine current = quantity == null ? base
                : new OrderLine(base.id(), base.menuItemId(), base.name(), quantity.quantity(), base.unitPrice());
        String currentNote = note == null ? add.note() : LineAdd.blankToNull(note.note());
        return new MergedLine(current, add.modifiers(), currentNote, voided,
                voided == null ? null : voidState.stamp(), sent, flags, add.stamp(), add.seat(), add.course(), fired,
                discount == null ? null : discount.discount());
    }

    /** What two edits of one line disagree on. */
    private record Clash(Conflict.Kind kind, String field) {
    }

    /** How x and y clash, or null when they do not. */
    private static Clash clash(Ancestry anc, LineEdit x, LineEdit y) {
        boolean xSawY = anc.of(x).contains(y.stamp());
        boolean ySawX = anc.of(y).contains(x.stamp());
        boolean concurrent = !xSawY && !ySawX;
        if (concurrent && x.quantity() != null && y.quantity() != null) {
            return new Clash(Conflict.Kind.CONCURRENT_EDIT, "quantity");
        }
        if (concurrent && x.note() != null && y.note() != null) {
            return new Clash(Conflict.Kind.CONCURRENT_EDIT, "note");
        }
        if (concurrent && x.setsDiscount() && y.setsDiscount()) {
            return new Clash(Conflict.Kind.CONCURRENT_EDIT, "discount");
        }
        if (voidAgainstEdit(anc, x, y, xSawY, ySawX) || voidAgainstEdit(anc, y, x, ySawX, xSawY)) {
            return new Clash(Conflict.Kind.VOID_VS_EDIT, "void");
        }
        return null;
    }

    /**
     * A void by a terminal that had not seen the edit: made concurrently, or made
     * after the void on a line that still stood voided in what its writer had seen.
     */
    private static boolean voidAgainstEdit(Ancestry anc, LineEdit v, LineEdit e, boolean voidSawEdit,
                                           boolean editSawVoid) {
        if (v.voidMark() == null || !e.changesContent() || v.resolution() || e.resolution() || voidSawEdit) {
            return false;
        }
        return !editSawVoid || anc.voidedAsSeenBy(e);
    }

    static String describe(LineEdit e) {
        List<String> parts = new ArrayList<>();
        if (e.quantity() != null) {
            parts.add("quantity " + e.quantity());
        }
        if (e.note() != null) {
            parts.add(e.note().isEmpty() ? "note cleared" : "note \"" + e.note() + "\"");
        }
        if (e.voidMark() != null) {
            parts.add("void: " + e.voidMark().reason() + " (by " + e.voidMark().by() + ")");
        }
        if (e.unvoid()) {
            parts.add("restored");
        }
        if (e.sent()) {
            parts.add("sent to kitchen");
        }
        if (e.fired()) {
            parts.add("course fired");
        }
        if (e.discount() != null) {
            parts.add("discount " + e.discount().kind().name().toLowerCase() + " " + e.discount().value() + " ("
                    + e.discount().reason() + ")");
        }
        if (e.undiscount()) {
            parts.add("discount taken off");
        }
        if (e.resolution() && parts.isEmpty()) {
            parts.add("reviewed by a manager");
        }
        return String.join(", ", parts);
    }

    /** Which edits each edit had seen, through its bases, transitively (cycles from forged input end the walk). */
    static final class Ancestry {
        private final Map<Stamp, LineEdit> edits;
        private final Map<Stamp, Set<Stamp>> memo = new HashMap<>();

        Ancestry(Map<Stamp, LineEdit> edits) {
            this.edits = edits;
        }

        Set<Stamp> of(LineEdit e) {
            return memo.computeIfAbsent(e.stamp(), s -> walk(e));
        }

        private Set<Stamp> walk(LineEdit start) {
            Set<Stamp> seen = new HashSet<>();
            Deque<Stamp> todo = new ArrayDeque<>(start.bases());
            while (!todo.isEmpty()) {
                Stamp s = todo.pop();
                if (seen.add(s)) {
                    LineEdit e = edits.get(s);
                    if (e != null) {
                        todo.addAll(e.bases());
                    }
                }
            }
            return seen;
        }

        /**
         * The change that decides a field among {@code candidates}: of those that set it, the ones no
         * other setter saw (the field's heads); the newest of them when they are concurrent.
         */
        LineEdit winner(Collection<LineEdit> candidates, Predicate<LineEdit> sets) {
            List<LineEdit> setters = candidates.stream().filter(sets).toList();
            LineEdit best = null;
            for (LineEdit s : setters) {
                boolean superseded = setters.stream().anyMatch(t -> t != s && of(t).contains(s.stamp()));
                if (!superseded && (best == null || s.stamp().isAfter(best.stamp()))) {
                    best = s;
                }
            }
            return best;
        }

        /** Whether the line stood voided in what {@code e}'s writer had seen when making it. */
        boolean voidedAsSeenBy(LineEdit e) {
            Set<Stamp> seen = of(e);
            List<LineEdit> known = edits.values().stream().filter(x -> seen.contains(x.stamp())).toList();
            LineEdit state = winner(known, LineEdit::setsVoid);
            return state != null && state.voidMark() != null;
        }

        /** Some manager resolution saw both changes, which closes their conflict. */
        boolean settledByResolution(LineEdit x, LineEdit y) {
            for (LineEdit r : edits.values()) {
                if (r.resolution() && r != x && r != y) {
                    Set<Stamp> saw = of(r);
                    if (saw.contains(x.stamp()) && saw.contains(y.stamp())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
