package cedarpos.terminal.store;

import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.protocol.v1.Operations;
import cedarpos.terminal.store.LocalWrites.Ctx;
import cedarpos.terminal.store.LocalWrites.Entry;
import cedarpos.terminal.store.internal.OrderRepository;
import cedarpos.terminal.store.internal.StockClaims;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joining one table's check to another's: the guests sat together. In one transaction the check that goes is
 * cancelled (its stock claims released first, so the server sees the release before the claims that replace them)
 * and each of its standing lines is added to the other check as it was (dish, price, modifiers, note, seat, course),
 * marked sent and fired as it was: the kitchen prints nothing again. Outbox entries, in order: cancel, add lines,
 * then (when there are) send and fire; each carries its own seq, the stamp of its changes. Apart from the
 * {@link OrderBook} because it is the one order write that spans two checks and appends several entries; called a
 * join, not a merge, because a merge here is how replicas of one order combine.
 */
final class CheckJoin {
    private final LocalWrites writes;

    CheckJoin(LocalWrites writes) {
        this.writes = writes;
    }

    /**
     * @throws IllegalArgumentException when a check is unknown, or it is the same check
     * @throws IllegalStateException    when a check is not open, a share of either was paid, or the check that goes
     *                                  has a discount (it would be lost: take it off or pay the checks apart)
     */
    MergedOrder join(OrderId from, OrderId into) {
        if (from == null || into == null) {
            throw new IllegalArgumentException("both checks are required");
        }
        if (from.equals(into)) {
            throw new IllegalArgumentException("a check cannot join itself");
        }
        return writes.write(c -> {
            OrderState goes = load(c, from);
            OrderState stays = load(c, into);
            MergedOrder gone = open(goes);
            MergedOrder kept = open(stays);
            if (gone.discount() != null || gone.lines().stream().anyMatch(l -> l.discount() != null)) {
                throw new IllegalStateException("the check that joins the other has a discount: take it off first,"
                        + " or pay the checks apart");
            }
            if (gone.currency() != kept.currency()) {
                throw new IllegalStateException("the checks are in different currencies");
            }
            Stamp cancel = c.stamp();
            OrderState cancelDelta = OrderState.cancelled(from, cancel);
            Operations.checkOrder(Operations.CANCEL, cancelDelta, cancel);
            OrderState cancelled = goes.join(cancelDelta);
            MergedOrder goneNow = OrderRepository.save(c.session(), cancelled, null, OrderRepository.PENDING, true);
            new StockClaims(c.session()).refresh(goneNow, null, c.nowMs());

            List<MergedLine> standing = gone.lines().stream().filter(l -> !l.isVoided()).toList();
            if (standing.isEmpty()) {
                return cancelEntry(cancelDelta, gone, kept);
            }
            Stamp add = next(c, 1);
            List<OrderLineId> ids = new ArrayList<>();
            standing.forEach(l -> ids.add(OrderLineId.random()));
            ids.sort(Comparator.comparing(OrderLineId::toString));
            List<LineAdd> adds = new ArrayList<>();
            OrderState sends = OrderState.empty(into);
            OrderState fires = OrderState.empty(into);
            Stamp send = next(c, 2);
            Stamp fire = next(c, 3);
            for (int i = 0; i < standing.size(); i++) {
                MergedLine l = standing.get(i);
                OrderLine was = l.line();
                adds.add(new LineAdd(new OrderLine(ids.get(i), was.menuItemId(), was.name(), was.quantity(),
                        was.unitPrice()), l.modifiers(), l.note(), add, l.seat(), l.course()));
                if (l.sent()) {
                    sends = sends.join(OrderState.withEdit(into, ids.get(i), LineEdit.sentToKitchen(send,
                            Set.of(add))));
                }
                if (l.sent() && l.fired()) {
                    fires = fires.join(OrderState.withEdit(into, ids.get(i), LineEdit.fired(fire,
                            Set.of(send))));
                }
            }
            OrderState added = OrderState.withLines(into, adds);
            Set<OrderLineId> touched = new HashSet<>(ids);
            also(c, added, Operations.ADD_LINES, add, kept);
            OrderState joined = stays.join(added);
            if (!sends.lines().isEmpty()) {
                also(c, sends, Operations.SEND_LINES, send, kept);
                joined = joined.join(sends);
            }
            if (!fires.lines().isEmpty()) {
                // only a sent line is fired, so a fire always follows a send: its seq is the third
                also(c, fires, Operations.FIRE_COURSE, fire, kept);
                joined = joined.join(fires);
            }
            MergedOrder result = OrderRepository.save(c.session(), joined, touched, OrderRepository.PENDING, true);
            new StockClaims(c.session()).refresh(result, touched, c.nowMs());
            return cancelEntry(cancelDelta, gone, result);
        });
    }

    /** The transaction's own entry, the first: the check that goes is cancelled. */
    private static Entry<MergedOrder> cancelEntry(OrderState cancel, MergedOrder gone, MergedOrder result) {
        return new Entry<>(Operations.ORDER, cancel.id().toString(), Operations.CANCEL,
                OrderRepository.encode(cancel, gone.currency()), result);
    }

    /** An extra entry of this transaction: checked as its operation, stamped with its own seq. */
    private static void also(Ctx c, OrderState delta, String op, Stamp stamp, MergedOrder kept) {
        Operations.checkOrder(op, delta, stamp);
        c.alsoAppend(Operations.ORDER, delta.id().toString(), op, OrderRepository.encode(delta, kept.currency()));
    }

    /** The stamp of the k-th extra entry: the same time and terminal, the next seqs. */
    private static Stamp next(Ctx c, int k) {
        return new Stamp(c.stamp().atMs(), c.stamp().origin(), c.stamp().seq() + k);
    }

    private static OrderState load(Ctx c, OrderId id) {
        OrderState s = OrderRepository.load(c.session(), id);
        if (s == null || s.merge() == null) {
            throw new IllegalArgumentException("unknown order " + id);
        }
        return s;
    }

    private static MergedOrder open(OrderState s) {
        MergedOrder m = s.merge();
        if (m.status() != OrderStatus.OPEN && m.status() != OrderStatus.SENT) {
            throw new IllegalStateException("order " + m.id() + " is " + m.status().name().toLowerCase()
                    + ": only open checks join");
        }
        if (!m.parts().isEmpty()) {
            throw new IllegalStateException("a share of a check was paid already: pay the checks apart");
        }
        return m;
    }
}
