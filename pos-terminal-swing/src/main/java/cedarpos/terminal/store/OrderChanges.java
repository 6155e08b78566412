package cedarpos.terminal.store;

import cedarpos.domain.Currency;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.audit.AuditEvent;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.LineState;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.PartPayment;
import cedarpos.domain.merge.Stamp;
import cedarpos.protocol.v1.AuditEventJson;
import cedarpos.protocol.v1.Operations;
import cedarpos.terminal.store.LocalWrites.Ctx;
import cedarpos.terminal.store.LocalWrites.Entry;
import cedarpos.terminal.store.internal.KitchenTickets;
import cedarpos.terminal.store.internal.OrderRepository;
import cedarpos.terminal.store.internal.ReceiptTicket;
import cedarpos.terminal.store.internal.StockClaims;
import java.util.HashSet;
import java.util.Set;

/**
 * The one shape of a change to a stored order, shared by the {@link OrderBook} and the {@link PaymentBook}: inside
 * one {@link LocalWrites} transaction, load the order, let the operation build its delta, check it with
 * {@link Operations#checkOrder} (the server's own rule), join it, re-materialize the rows it touched, queue what the
 * change owes the printers (kitchen tickets, receipts), refresh the stock claims and hand back the outbox entry.
 */
final class OrderChanges {
    static final String SETTLED = "order is settled; a manager must reopen it";
    static final String CANCELLED = "order is cancelled; a manager must reopen it";

    @FunctionalInterface
    interface Body {
        OrderState delta(Ctx c, OrderState current, MergedOrder now, Stamp stamp);
    }

    @FunctionalInterface
    interface LineChange {
        /** @param now the line as it stands */
        LineEdit edit(Ctx c, LineState line, MergedLine now);
    }

    private final LocalWrites writes;

    OrderChanges(LocalWrites writes) {
        this.writes = writes;
    }

    LocalWrites writes() {
        return writes;
    }

    /**
     * @param lines the lines whose rows to rewrite: null for every line (a settlement can flag any),
     *              otherwise those named plus those the delta carries
     */
    MergedOrder change(OrderId id, String op, Set<OrderLineId> lines, Body body) {
        if (id == null) {
            throw new IllegalArgumentException("order id is required");
        }
        return writes.write(c -> {
            OrderState current = OrderRepository.load(c.session(), id);
            if (current == null) {
                throw new IllegalArgumentException("unknown order " + id);
            }
            MergedOrder now = current.merge();
            if (now == null) {
                throw new IllegalStateException("order " + id + " has not been opened on this terminal yet");
            }
            OrderState delta = body.delta(c, current, now, c.stamp());
            Operations.checkOrder(op, delta, c.stamp());
            OrderState joined = current.join(delta);
            Set<OrderLineId> touched = null;
            if (lines != null) {
                touched = new HashSet<>(lines);
                touched.addAll(delta.lines().keySet());
            }
            MergedOrder m = OrderRepository.save(c.session(), joined, touched, OrderRepository.PENDING, true);
            // the kitchen's tickets commit with the change that owes them (docs/printing.md)
            if (Operations.VOID_LINE.equals(op)) {
                new KitchenTickets(c.session(), c.nowMs()).voided(joined, m, c.terminal(), touched);
            } else if (Operations.SEND_LINES.equals(op)) {
                new KitchenTickets(c.session(), c.nowMs()).sent(now, m, delta.lines().keySet());
            } else if (Operations.FIRE_COURSE.equals(op)) {
                new KitchenTickets(c.session(), c.nowMs()).fire(m, delta.lines().keySet());
            } else if (Operations.SETTLE.equals(op) && m.paidWith() != null) {
                ReceiptTicket.queue(c.session(), m, null, false, c.nowMs());
            } else if (Operations.PAY_PART.equals(op)) {
                for (PartPayment part : delta.parts().values()) {
                    ReceiptTicket.queue(c.session(), m, part, false, c.nowMs());
                }
            }
            new StockClaims(c.session()).refresh(m, touched, c.nowMs());
            return entry(op, delta, now.currency(), m);
        });
    }

    /** A change of one standing line of an open order. */
    MergedOrder lineChange(OrderId id, OrderLineId lineId, String op, LineChange change) {
        if (lineId == null) {
            throw new IllegalArgumentException("line id is required");
        }
        return change(id, op, Set.of(lineId), (c, cur, now, stamp) -> {
            requireOpen(now);
            MergedLine line = now.lines().stream().filter(l -> l.line().id().equals(lineId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("order " + id + " has no line " + lineId));
            if (line.isVoided()) {
                throw new IllegalStateException("line " + line.line().name() + " is voided; it cannot change");
            }
            return OrderState.withEdit(id, lineId, change.edit(c, cur.line(lineId), line));
        });
    }

    /** An audit event committed with the change it records. */
    static void audit(Ctx c, Approval approval, AuditEvent.Action action, OrderId order, String detail,
                      String reason) {
        AuditEvent e = new AuditEvent(java.util.UUID.randomUUID(), c.stamp().atMs(), c.terminal(), approval.actor(),
                approval.manager(), action, order.toString(), detail, reason);
        c.alsoAppend(Operations.AUDIT, e.id().toString(), Operations.RECORD, AuditEventJson.encode(e).toString());
    }

    static Entry<MergedOrder> entry(String op, OrderState delta, Currency currency, MergedOrder result) {
        return new Entry<>(Operations.ORDER, delta.id().toString(), op, OrderRepository.encode(delta, currency),
                result);
    }

    static void requireOpen(MergedOrder now) {
        if (now.status() == OrderStatus.SETTLED) {
            throw new IllegalStateException(SETTLED);
        }
        if (now.status() == OrderStatus.CANCELLED) {
            throw new IllegalStateException(CANCELLED);
        }
    }
}
