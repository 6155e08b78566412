package cedarpos.server.sync;

import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.entry;
import static cedarpos.server.testing.DemoBranch.order;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.Pull;
import cedarpos.protocol.v1.Push;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Changes frames bounded by characters: pulls far behind and live broadcasts of large pushes (issue 14). */
class PagingIT {
    /** Lines per order: each order's record is several KB, so a thousand of them is far above a page. */
    private static final int LINES = 40;
    private static final int ORDERS_PER_PUSH = 50;

    private static PayaraServer server;
    private static ServerApi admin;

    @BeforeAll
    static void startServer() {
        server = ItServers.demoOnH2(ItServers.workDir("PagingIT")).startTimeout(Duration.ofMinutes(5)).build().start();
        admin = ItServers.admin(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private static SyncClient connected(Enrolled terminal) {
        SyncClient c = SyncClient.connect(server.wsUrl(), terminal.token());
        c.send(terminal.hello(0, 0));
        c.next(Welcome.class);
        c.next(Catalog.class);
        return c;
    }

    private static Push bigOrders(TerminalId t, long firstSeq) {
        List<OutboxEntry> entries = new ArrayList<>();
        for (int i = 0; i < ORDERS_PER_PUSH; i++) {
            entries.add(entry(firstSeq + i, order(t, LINES)));
        }
        return new Push(entries);
    }

    /** Characters the records of a page take in its frame (records and the commas between them). */
    private static int recordChars(Changes page) {
        return page.records().stream().mapToInt(r -> ProtocolCodec.recordChars(r) + 1).sum() - 1;
    }

    @Test
    void aPushLargerThanAPageIsBroadcastAsContiguousPagesAfterTheAck() {
        Enrolled sender = admin.enrollNew(ID, "sender");
        Enrolled other = admin.enrollNew(ID, "other");
        try (SyncClient s = connected(sender); SyncClient o = connected(other)) {
            s.send(bigOrders(sender.terminalId(), 1));
            assertThat(s.next(Ack.class).lastAppliedSeq()).isEqualTo(ORDERS_PER_PUSH);
            for (SyncClient c : List.of(s, o)) {
                List<ChangeRecord> joined = new ArrayList<>();
                int frames = 0;
                long head;
                do {
                    Changes page = c.next(Changes.class);
                    frames++;
                    head = page.head();
                    if (page.records().size() > 1) {
                        assertThat(recordChars(page)).isLessThanOrEqualTo(ProtocolCodec.PAGE_CHARS);
                    }
                    if (!joined.isEmpty()) {
                        assertThat(page.records().get(0).seq()).isEqualTo(joined.get(joined.size() - 1).seq() + 1);
                    }
                    joined.addAll(page.records());
                } while (joined.get(joined.size() - 1).seq() < head);
                assertThat(frames).isGreaterThan(1);
                assertThat(joined.stream().filter(r -> r.origin().equals(sender.terminalId()))).hasSize(ORDERS_PER_PUSH);
            }
        }
    }

    @Test
    void aTerminalFarBehindPagesFromZeroToTheHeadInPagesUnderTheLimit() {
        Enrolled writer = admin.enrollNew(ID, "writer");
        int pushes = Integer.getInteger("paging.pushes", 40);
        try (SyncClient w = connected(writer)) {
            for (int p = 0; p < pushes; p++) {
                w.send(bigOrders(writer.terminalId(), 1 + (long) p * ORDERS_PER_PUSH));
                // broadcasts of our own pushes arrive too; wait for this push's ack
                while (!(w.next() instanceof Ack a && a.lastAppliedSeq() == (long) (p + 1) * ORDERS_PER_PUSH)) {
                    // skip changes frames
                }
            }
        }
        try (SyncClient reader = connected(admin.enrollNew(ID, "reader"))) {
            long next = 1;
            long head;
            int pages = 0;
            do {
                reader.send(new Pull(next - 1, 1000));
                Changes page = reader.next(Changes.class);
                pages++;
                head = page.head();
                assertThat(page.records()).isNotEmpty();
                if (page.records().size() > 1) {
                    assertThat(recordChars(page)).isLessThanOrEqualTo(ProtocolCodec.PAGE_CHARS);
                }
                for (ChangeRecord r : page.records()) {
                    assertThat(r.seq()).isEqualTo(next);
                    next++;
                }
            } while (next <= head);
            assertThat(next - 1).isEqualTo(head);
            assertThat(head).isGreaterThanOrEqualTo((long) pushes * ORDERS_PER_PUSH);
            assertThat(pages).isGreaterThan((int) (head / 1000));
        }
    }
}
