package cedarpos.bench;

import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.stock.Reservation;
import cedarpos.domain.stock.ReservationStatus;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.StockJson;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.NewOrder;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.SyncClient;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * A till reduced to its WebSocket: it speaks protocol v1 to the real server (its own enrollment, hello, gapless
 * pushes) and notes when the server's decision on each of its lines arrives. Fifty of them load the server's
 * allocation path and fan-out without fifty SQLite files on one disk, which no branch has.
 */
final class ProtocolTill implements AutoCloseable {
    private final TerminalId id;
    private final SyncClient client;
    private final Thread reader;
    private final Map<OrderLineId, Long> sentAt = new ConcurrentHashMap<>();
    private final BiConsumer<Long, ReservationStatus> decided;
    private long seq;
    private volatile boolean closed;

    /** @param decided called with the latency in ns and the status when one of this till's lines is decided */
    ProtocolTill(ServerApi api, URI ws, String name, BiConsumer<Long, ReservationStatus> decided) {
        ServerApi.Enrolled e = api.enrollNew(DemoBranch.ID, name);
        this.id = e.terminalId();
        this.decided = decided;
        this.client = SyncClient.connect(ws, e.token());
        client.send(e.hello(0, api.changeHead(DemoBranch.ID)));
        client.next(Welcome.class);
        client.next(Catalog.class);
        this.reader = new Thread(this::read, "till-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Pushes an order of one portion of {@code dish}, as its next entry. */
    synchronized void order(MenuItemId dish) {
        NewOrder o = DemoBranch.order(id, DemoBranch.dish(dish, "Kibbeh Nayyeh", 1));
        seq++;
        sentAt.put(o.lines().get(0).id(), System.nanoTime());
        client.send(DemoBranch.push(DemoBranch.open(seq, o, System.currentTimeMillis())));
    }

    private void read() {
        while (!closed) {
            String frame = client.nextRaw(Duration.ofMillis(200));
            // every till receives every decision of the branch: decode only frames that name a line of its own,
            // so fifty tills in one process measure the server rather than their own JSON parsing
            if (frame == null || sentAt.keySet().stream().noneMatch(l -> frame.contains(l.toString()))) {
                continue;
            }
            long now = System.nanoTime();
            try {
                Message m = cedarpos.protocol.v1.ProtocolCodec.decode(frame);
                if (m instanceof Changes c) {
                    for (ChangeRecord r : c.records()) {
                        if (r.entity().equals(Operations.RESERVATION)) {
                            Reservation d = StockJson.decodeReservation(r.payload());
                            Long t0 = sentAt.remove(d.line());
                            if (t0 != null) {
                                decided.accept(now - t0, d.status());
                            }
                        }
                    }
                }
            } catch (ProtocolException e) {
                throw new IllegalStateException("the server sent an unreadable frame", e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        client.close();
    }
}
