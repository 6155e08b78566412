package cedarpos.domain.merge;

import cedarpos.domain.Discount;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.PaymentState;
import cedarpos.domain.TableId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The mergeable state of one order, and the unit of sync: an outbox entry carries
 * a small state (a delta: just what the write changed), a change record carries
 * the server's whole state, and every replica keeps {@code join} of all it saw.
 * Join is commutative, associative and idempotent, so any order, duplication or
 * delay of delivery ends in the same state, and {@link #merge()} is a function of
 * that state alone.
 *
 * <ul>
 * <li>header fields: one last-write-wins register each (a discount on one terminal and a guest count on
 * another are not a conflict);</li>
 * <li>lines: set union of adds and edits; a void is a tombstone; concurrent edits of one line are flagged;</li>
 * <li>a settled order: any change its settlement did not cover is flagged, never applied silently.</li>
 * </ul>
 *
 * @param birth      null in a delta that does not open the order
 * @param status     OPEN, SETTLED or CANCELLED; "sent" is derived from the lines
 * @param settlement the payment that settled the order, null when open (or reopened)
 * @param parts      the shares of a split check paid so far, by id (a grow-only set)
 * @param refunds    money given back on the paid check, by id (a grow-only set)
 */
public record OrderState(OrderId id, OrderBirth birth, Lww<OrderStatus> status, Lww<PaymentState> payment,
                         Lww<Discount> discount, Lww<Integer> guests, Lww<TableId> table,
                         Lww<Settlement> settlement, SortedMap<OrderLineId, LineState> lines,
                         SortedMap<UUID, PartPayment> parts, SortedMap<UUID, Refund> refunds) {
    public static final int MAX_PARTS = 100;
    public static final int MAX_REFUNDS = 100;
    public static final int MAX_LINES = 500;
    public static final int MAX_GUESTS = 500;
    private static final Comparator<OrderLineId> LINE_ORDER = Comparator.comparing(OrderLineId::toString);

    public OrderState {
        if (id == null) {
            throw new IllegalArgumentException("order id is required");
        }
        if (status != null && status.value() == OrderStatus.SENT) {
            throw new IllegalArgumentException("SENT is derived from the lines, not written");
        }
        if (status != null && status.value() == null || payment != null && payment.value() == null) {
            throw new IllegalArgumentException("order status and payment state cannot be cleared");
        }
        if (guests != null && (guests.value() == null || guests.value() < 0 || guests.value() > MAX_GUESTS)) {
            throw new IllegalArgumentException("guest count must be between 0 and " + MAX_GUESTS);
        }
        TreeMap<OrderLineId, LineState> copy = new TreeMap<>(LINE_ORDER);
        copy.putAll(lines);
        if (copy.size() > MAX_LINES) {
            throw new IllegalArgumentException("an order cannot have more than " + MAX_LINES + " lines");
        }
        lines = Collections.unmodifiableSortedMap(copy);
        TreeMap<UUID, PartPayment> partCopy = new TreeMap<>();
        if (parts != null) {
            parts.forEach((k, v) -> {
                if (!k.equals(v.id())) {
                    throw new IllegalArgumentException("part payment " + v.id() + " filed under " + k);
                }
                partCopy.put(k, v);
            });
        }
        if (partCopy.size() > MAX_PARTS) {
            throw new IllegalArgumentException("a check splits into at most " + MAX_PARTS + " payments");
        }
        parts = Collections.unmodifiableSortedMap(partCopy);
        TreeMap<UUID, Refund> refundCopy = new TreeMap<>();
        if (refunds != null) {
            refunds.forEach((k, v) -> {
                if (!k.equals(v.id())) {
                    throw new IllegalArgumentException("refund " + v.id() + " filed under " + k);
                }
                refundCopy.put(k, v);
            });
        }
        if (refundCopy.size() > MAX_REFUNDS) {
            throw new IllegalArgumentException("a check has at most " + MAX_REFUNDS + " refunds");
        }
        refunds = Collections.unmodifiableSortedMap(refundCopy);
    }

    /** A state without refunds. */
    public OrderState(OrderId id, OrderBirth birth, Lww<OrderStatus> status, Lww<PaymentState> payment,
                      Lww<Discount> discount, Lww<Integer> guests, Lww<TableId> table, Lww<Settlement> settlement,
                      SortedMap<OrderLineId, LineState> lines, SortedMap<UUID, PartPayment> parts) {
        this(id, birth, status, payment, discount, guests, table, settlement, lines, parts, null);
    }

    /** A state without split payments. */
    public OrderState(OrderId id, OrderBirth birth, Lww<OrderStatus> status, Lww<PaymentState> payment,
                      Lww<Discount> discount, Lww<Integer> guests, Lww<TableId> table, Lww<Settlement> settlement,
                      SortedMap<OrderLineId, LineState> lines) {
        this(id, birth, status, payment, discount, guests, table, settlement, lines, null, null);
    }

    /** Nothing known yet: the identity of {@link #join}. */
    public static OrderState empty(OrderId id) {
        return new OrderState(id, null, null, null, null, null, null, null, noLines());
    }

    /** A new order: its birth, an open unpaid header, and its first lines, all under one stamp. */
    public static OrderState open(OrderId id, OrderBirth birth, TableId table, int guests, List<LineAdd> adds,
                                  Stamp stamp) {
        if (birth == null) {
            throw new IllegalArgumentException("a new order needs its birth (branch, terminal, currency)");
        }
        OrderState s = new OrderState(id, birth, Lww.of(OrderStatus.OPEN, stamp), Lww.of(PaymentState.UNPAID, stamp),
                null, Lww.of(guests, stamp), Lww.of(table, stamp), null, noLines());
        return s.join(withLines(id, adds));
    }

    /** A delta adding lines to an existing order. */
    public static OrderState withLines(OrderId id, List<LineAdd> adds) {
        TreeMap<OrderLineId, LineState> lines = new TreeMap<>(LINE_ORDER);
        for (LineAdd add : adds) {
            if (lines.put(add.line().id(), LineState.added(add)) != null) {
                throw new IllegalArgumentException("line " + add.line().id() + " appears twice");
            }
        }
        return empty(id).withLineStates(lines);
    }

    /** A delta carrying one edit of one line. */
    public static OrderState withEdit(OrderId id, OrderLineId lineId, LineEdit edit) {
        TreeMap<OrderLineId, LineState> lines = new TreeMap<>(LINE_ORDER);
        lines.put(lineId, LineState.edited(lineId, edit));
        return empty(id).withLineStates(lines);
    }

    public static OrderState withDiscount(OrderId id, Discount discount, Stamp stamp) {
        return new OrderState(id, null, null, null, Lww.of(discount, stamp), null, null, null, noLines());
    }

    public static OrderState withGuests(OrderId id, int guests, Stamp stamp) {
        return new OrderState(id, null, null, null, null, Lww.of(guests, stamp), null, null, noLines());
    }

    public static OrderState withTable(OrderId id, TableId table, Stamp stamp) {
        return new OrderState(id, null, null, null, null, null, Lww.of(table, stamp), null, noLines());
    }

    /**
     * A delta settling this order as this replica sees it: status SETTLED, payment
     * PAID, and a settlement covering every change held here.
     */
    public OrderState settle(long paidMinor, Stamp stamp) {
        return settle(paidMinor, null, stamp);
    }

    /** {@link #settle(long, Stamp)} with how it was paid: tenders, rate and VAT, stamped on the order. */
    public OrderState settle(cedarpos.domain.pay.Payment payment, Stamp stamp) {
        return settle(payment.due().minor(), payment, stamp);
    }

    private OrderState settle(long paidMinor, cedarpos.domain.pay.Payment payment, Stamp stamp) {
        MergedOrder now = requireMerged();
        Settlement s = new Settlement(stamps(), paidMinor, now.discount(), now.guests(), now.tableId(), payment);
        return new OrderState(id, null, Lww.of(OrderStatus.SETTLED, stamp), Lww.of(PaymentState.PAID, stamp), null,
                null, null, Lww.of(s, stamp), noLines());
    }

    /**
     * A delta paying one share of a split check; when {@code part} pays what is left of the total, the delta also
     * settles the order (as {@link #settle(long, Stamp)}, without a single payment: the parts hold the tenders).
     *
     * @throws IllegalArgumentException when the share pays more than is left, or the check is not open
     */
    public OrderState payPart(PartPayment part, Stamp stamp) {
        MergedOrder now = requireMerged();
        if (now.status() == OrderStatus.SETTLED || now.status() == OrderStatus.CANCELLED) {
            throw new IllegalArgumentException("order " + id + " is " + now.status().name().toLowerCase()
                    + ": nothing is left to pay");
        }
        if (parts.containsKey(part.id())) {
            throw new IllegalArgumentException("share " + part.id() + " is already paid");
        }
        long left = now.balance().minor();
        long paying = part.amount().minor();
        if (paying > left) {
            throw new IllegalArgumentException("the share pays " + part.amount().display() + " but only "
                    + now.balance().display() + " is left on the check");
        }
        for (OrderLineId line : part.lines()) {
            if (now.lines().stream().noneMatch(l -> l.line().id().equals(line) && !l.isVoided())) {
                throw new IllegalArgumentException("line " + line + " is not a standing line of order " + id);
            }
            if (now.paidLines().contains(line)) {
                throw new IllegalArgumentException("line " + line + " was already paid in another share");
            }
        }
        TreeMap<UUID, PartPayment> one = new TreeMap<>();
        one.put(part.id(), part);
        OrderState delta = new OrderState(id, null, null, null, null, null, null, null, noLines(), one);
        if (paying < left) {
            return delta;
        }
        return delta.join(settle(now.total().minor(), null, stamp));
    }

    /**
     * A delta giving money back on this settled check. The check stays settled: a refund changes no line and no
     * header, so it never conflicts with the settlement.
     *
     * @throws IllegalArgumentException when the check is not settled, the refund is more than was paid less what was
     *                                  refunded already, or a line is not standing or was refunded already
     */
    public OrderState refund(Refund refund, Stamp stamp) {
        if (refund == null || stamp == null || !refund.stamp().equals(stamp)) {
            throw new IllegalArgumentException("a refund carries the stamp of the change that writes it");
        }
        MergedOrder now = requireMerged();
        Refunds.check(now, refund);
        if (refunds.containsKey(refund.id())) {
            throw new IllegalArgumentException("refund " + refund.id() + " is already recorded");
        }
        TreeMap<UUID, Refund> one = new TreeMap<>();
        one.put(refund.id(), refund);
        return new OrderState(id, null, null, null, null, null, null, null, noLines(), null, one);
    }

    /** A delta reopening a settled order (a manager's decision): open, and no settlement to guard. */
    public static OrderState reopened(OrderId id, Stamp stamp) {
        return new OrderState(id, null, Lww.of(OrderStatus.OPEN, stamp), null, null, null, null, Lww.of(null, stamp),
                noLines());
    }

    /** A delta cancelling the order (nothing was made, nothing is owed). */
    public static OrderState cancelled(OrderId id, Stamp stamp) {
        return new OrderState(id, null, Lww.of(OrderStatus.CANCELLED, stamp), null, null, null, null, null, noLines());
    }

    private static SortedMap<OrderLineId, LineState> noLines() {
        return new TreeMap<>(LINE_ORDER);
    }

    private OrderState withLineStates(Map<OrderLineId, LineState> newLines) {
        SortedMap<OrderLineId, LineState> sorted = noLines();
        sorted.putAll(newLines);
        return new OrderState(id, birth, status, payment, discount, guests, table, settlement, sorted, parts,
                refunds);
    }

    public OrderState join(OrderState other) {
        if (!other.id.equals(id)) {
            throw new IllegalArgumentException("cannot merge order " + other.id + " into " + id);
        }
        TreeMap<OrderLineId, LineState> all = new TreeMap<>(LINE_ORDER);
        all.putAll(lines);
        other.lines.forEach((lineId, line) -> all.merge(lineId, line, LineState::join));
        OrderBirth b = birth == null ? other.birth
                : other.birth == null || birth.equals(other.birth) ? birth
                : birth.toString().compareTo(other.birth.toString()) <= 0 ? birth : other.birth;
        TreeMap<UUID, PartPayment> allParts = new TreeMap<>(parts);
        other.parts.forEach((k, v) -> allParts.merge(k, v, (a, c) -> a.equals(c) || a.toString().compareTo(
                c.toString()) <= 0 ? a : c));
        TreeMap<UUID, Refund> allRefunds = new TreeMap<>(refunds);
        other.refunds.forEach((k, v) -> allRefunds.merge(k, v, (a, c) -> a.equals(c) || a.toString().compareTo(
                c.toString()) <= 0 ? a : c));
        return new OrderState(id, b, Lww.join(status, other.status), Lww.join(payment, other.payment),
                Lww.join(discount, other.discount), Lww.join(guests, other.guests), Lww.join(table, other.table),
                Lww.join(settlement, other.settlement), all, allParts, allRefunds);
    }

    /** Every change this state holds: line adds and edits, and the stamps of the header registers. */
    public Set<Stamp> stamps() {
        Set<Stamp> all = new TreeSet<>();
        lines.values().forEach(l -> all.addAll(l.stamps()));
        for (Lww<?> r : headerFields()) {
            if (r != null) {
                all.add(r.stamp());
            }
        }
        return all;
    }

    /** Every stamp this state carries: {@link #stamps()} plus those of status, payment and settlement. */
    public SortedSet<Stamp> everyStamp() {
        TreeSet<Stamp> all = new TreeSet<>(stamps());
        for (Lww<?> r : new Lww<?>[] {status, payment, settlement}) {
            if (r != null) {
                all.add(r.stamp());
            }
        }
        return all;
    }

    /** The latest stamp of any change this state holds, or null when it holds none. */
    public Stamp latest() {
        SortedSet<Stamp> all = everyStamp();
        return all.isEmpty() ? null : all.last();
    }

    private List<Lww<?>> headerFields() {
        List<Lww<?>> fields = new ArrayList<>();
        fields.add(discount);
        fields.add(guests);
        fields.add(table);
        return fields;
    }

    /** Whether the order can be shown: its birth has arrived. */
    public boolean isComplete() {
        return birth != null && status != null && payment != null;
    }

    /** @throws IllegalStateException when this is a delta without the order's birth */
    public MergedOrder requireMerged() {
        if (!isComplete()) {
            throw new IllegalStateException("order " + id + " has not been opened on this replica yet");
        }
        return merge();
    }

    /** The order as the merge rules decide it; null while the order's opening has not arrived. */
    public MergedOrder merge() {
        if (!isComplete()) {
            return null;
        }
        List<Conflict> conflicts = new ArrayList<>();
        Settlement settled = Lww.valueOf(settlement, null);
        OrderStatus st = status.value();
        if (settled != null && st == OrderStatus.SETTLED) {
            late(settled, conflicts);
        }
        Set<OrderLineId> lateLines = new java.util.HashSet<>();
        conflicts.forEach(c -> lateLines.add(c.lineId()));
        List<MergedLine> merged = new ArrayList<>();
        for (LineState line : lines.values()) {
            MergedLine m = line.merge(id, conflicts);
            if (m != null) {
                merged.add(lateLines.contains(line.id()) ? m.withFlag(Conflict.Kind.LATE_FOR_SETTLED) : m);
            }
        }
        merged.sort(Comparator.comparing(MergedLine::addedAt).thenComparing(m -> m.line().id().toString()));
        if (st == OrderStatus.OPEN && merged.stream().anyMatch(MergedLine::sent)) {
            st = OrderStatus.SENT;
        }
        conflicts.sort(Comparator.comparing(Conflict::key));
        return new MergedOrder(id, birth.branchId(), birth.openedBy(), birth.currency(), birth.openedAtMs(),
                birth.staffName(), st, payment.value(), Lww.valueOf(discount, null), Lww.valueOf(guests, 0),
                Lww.valueOf(table, null), merged, conflicts,
                settled != null && st == OrderStatus.SETTLED ? settled.payment() : null,
                List.copyOf(parts.values()), List.copyOf(refunds.values()));
    }

    /** Changes the settlement did not cover, as conflicts: per line, and per header field. */
    private void late(Settlement settled, List<Conflict> conflicts) {
        for (LineState line : lines.values()) {
            if (line.add() == null) {
                continue;
            }
            List<Conflict.Version> versions = new ArrayList<>();
            if (!settled.covered().contains(line.add().stamp())) {
                LineAdd a = line.add();
                versions.add(new Conflict.Version(a.stamp(), "added " + a.line().quantity() + " x " + a.line().name()));
            }
            for (LineEdit e : line.edits().values()) {
                if (!settled.covered().contains(e.stamp()) && !e.resolution() && (e.changesContent()
                        || e.setsVoid())) {
                    versions.add(new Conflict.Version(e.stamp(), LineState.describe(e)));
                }
            }
            if (!versions.isEmpty()) {
                conflicts.add(new Conflict(Conflict.Kind.LATE_FOR_SETTLED, id, line.id(), "line", versions));
            }
        }
        lateHeader("discount", discount, settled, conflicts);
        lateHeader("guests", guests, settled, conflicts);
        lateHeader("table", table, settled, conflicts);
    }

    private void lateHeader(String field, Lww<?> register, Settlement settled, List<Conflict> conflicts) {
        if (register != null && !settled.covered().contains(register.stamp())) {
            conflicts.add(new Conflict(Conflict.Kind.LATE_FOR_SETTLED, id, null, field,
                    List.of(new Conflict.Version(register.stamp(), field + " " + describe(register.value())))));
        }
    }

    private static String describe(Object value) {
        if (value instanceof Discount d) {
            return (d.kind() == Discount.Kind.PERCENT ? d.value() / 100.0 + "%" : d.value() + " minor units")
                    + " (" + d.reason() + ")";
        }
        return value == null ? "cleared" : value.toString();
    }

    /** The line's state here, or null. */
    public LineState line(OrderLineId lineId) {
        return lines.get(lineId);
    }
}
