package cedarpos.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.OrderId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.audit.AuditEvent;
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

    /** Pushes the change {@code change} makes from the till's next stamp, as entry {@code operation}. */
    public void push(long atMs, String operation, Function<Stamp, OrderState> change) {
        seq++;
        OrderState delta = change.apply(DemoBranch.stamp(id, seq, atMs));
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
