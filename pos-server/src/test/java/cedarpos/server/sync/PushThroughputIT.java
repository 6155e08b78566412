package cedarpos.server.sync;

import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.entry;
import static cedarpos.server.testing.DemoBranch.order;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.OutboxEntry;
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
import org.junit.jupiter.api.Test;

/**
 * A till back from a long offline spell: 10,000 order openings in pushes of 500, the catch-up the bench
 * measures end to end (bench/run catchup), here the server alone. Guards against a merge path that costs
 * a query or a decode per entry; the bound is loose so a slow CI machine passes.
 */
class PushThroughputIT {
    private static final int ENTRIES = Integer.getInteger("cedarpos.throughputEntries", 10_000);
    private static final int BATCH = 500;

    @Test
    void tenThousandOpeningsAreAppliedInBatches() {
        // the rate is measured on a warm server: the JIT a production server has, not the tests' quick-start one
        PayaraServer.Builder builder = ItServers.demoOnH2(ItServers.workDir("PushThroughputIT")).steadyState();
        String jfr = System.getProperty("cedarpos.throughputJfr");
        if (jfr != null) {
            // -Dcedarpos.throughputJfr=/tmp/push.jfr records where the server spends its time
            builder.jvmOption("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        }
        try (PayaraServer server = builder.build().start()) {
            ServerApi admin = ItServers.admin(server);
            Enrolled till = admin.enrollNew(ID, "comeback");
            TerminalId t = till.terminalId();
            List<OutboxEntry> entries = new ArrayList<>(ENTRIES);
            for (int seq = 1; seq <= ENTRIES; seq++) {
                entries.add(entry(seq, order(t, 1)));
            }
            try (SyncClient c = SyncClient.connect(server.wsUrl(), till.token())) {
                c.send(till.hello(0, 0));
                c.next(Welcome.class);
                c.next(Catalog.class);
                pushAll(c, entries.subList(0, BATCH)); // warm-up: JIT, connection pool, statement cache
                long t0 = System.nanoTime();
                pushAll(c, entries.subList(BATCH, ENTRIES));
                double seconds = (System.nanoTime() - t0) / 1e9;
                double rate = (ENTRIES - BATCH) / seconds;
                System.out.printf("push throughput: %d entries in %.2f s = %.0f entries/s%n", ENTRIES - BATCH,
                        seconds, rate);
                assertThat(rate).isGreaterThan(300);
            }
            assertThat(admin.orders(ID)).hasSize(ENTRIES);
        }
    }

    private static void pushAll(SyncClient c, List<OutboxEntry> entries) {
        for (int from = 0; from < entries.size(); from += BATCH) {
            List<OutboxEntry> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
            c.send(new Push(batch));
            long last = batch.get(batch.size() - 1).seq();
            while (true) {
                Message m = c.next(Duration.ofSeconds(60));
                if (m instanceof Ack a && a.lastAppliedSeq() >= last) {
                    break;
                }
            }
        }
    }
}
