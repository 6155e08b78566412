package cedarpos.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.TerminalId;
import cedarpos.domain.audit.AuditEvent;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.merge.Stamp;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.Welcome;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A till of a test over the real WebSocket: it says hello, then pushes one entry at a time and waits for its ack
 * (no entry may be rejected), keeping each order's state as the till holds it. For tests that need orders on the
 * server as tills make them, at chosen times.
 */
public final class PushingTill implements AutoCloseable {
    private final TerminalId id;
    private final SyncClient client;
    private final Map<OrderId, OrderState> states = new HashMap<>();
    private final Map<OrderId, Stamp> opened = new HashMap<>();
    private long seq;

    public PushingTill(java.net.URI wsUrl, ServerApi.Enrolled enrolled, Hello hello) {
        id = enrolled.terminalId();
        client = SyncClient.connect(wsUrl, enrolled.token());
        client.send(hello);
        client.next(Welcome.class);
        client.next(Catalog.class);
    }

    public TerminalId id() {
        return id;
    }

    public OrderState state(OrderId order) {
        return states.get(order);
    }

    /**
     * The stamp the order was opened under: the add stamp of the lines it opened with, which an edit of one of them
     * names as its base (what the till had seen).
     */
    public Stamp openingStamp(OrderId order) {
        return opened.get(order);
    }

    /** Opens a check of the demo branch at table 1, in dollars, with these lines. */
    public OrderId open(long atMs, int guests, OrderLine... lines) {
        OrderId order = OrderId.random();
        push(atMs, Operations.OPEN, s -> OrderState.open(order, new OrderBirth(DemoBranch.ID, id, Currency.USD, atMs),
                DemoBranch.TABLE_1, guests, List.of(lines).stream().map(l -> new LineAdd(l, null, s)).toList(), s));
        return order;
    }

    /** Pushes the change {@code change} makes from the till's next stamp, as entry {@code operation}. */
    public void push(long atMs, String operation, Function<Stamp, OrderState> change) {
        seq++;
        Stamp stamp = DemoBranch.stamp(id, seq, atMs);
        OrderState delta = change.apply(stamp);
        if (Operations.OPEN.equals(operation)) {
            opened.putIfAbsent(delta.id(), stamp);
        }
        states.merge(delta.id(), delta, OrderState::join);
        acked(DemoBranch.entry(seq, operation, delta, atMs), operation);
    }

    public void settle(OrderId order, long atMs, Payment payment) {
        push(atMs, Operations.SETTLE, s -> states.get(order).settle(payment, s));
    }

    public void audit(AuditEvent event) {
        seq++;
        acked(CashierTill.auditEntry(seq, event), "audit");
    }

    /** Sends the entry and waits for its ack (the changes the server sends meanwhile are skipped). */
    private void acked(OutboxEntry entry, String what) {
        client.send(DemoBranch.push(entry));
        Message m;
        do {
            m = client.next();
        } while (!(m instanceof Ack));
        Ack ack = (Ack) m;
        assertThat(ack.rejected()).as("rejections of %s", what).isNullOrEmpty();
        assertThat(ack.lastAppliedSeq()).isEqualTo(seq);
    }

    @Override
    public void close() {
        client.close();
    }
}
