package cedarpos.bench;

import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.Push;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import cedarpos.systemtest.Await;
import cedarpos.systemtest.Fleet;
import cedarpos.systemtest.TerminalFiles;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.sync.SyncWorker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A terminal comes back with 10,000 orders queued offline: time until the
 * server acked them all and a second terminal shows them. Baseline in the same
 * run: the seed article's loop, one entry sent and acked at a time.
 */
final class CatchupBench {
    private static final int ENTRIES = Integer.getInteger("bench.entries", 10_000);
    private static final int NAIVE_ENTRIES = Integer.getInteger("bench.naiveEntries", 2_000);
    private static final int BATCH = Integer.getInteger("bench.batch", SyncWorker.Options.defaults().batchSize());

    private CatchupBench() {
    }

    static String run() throws Exception {
        Path work = BenchServer.work("catchup");
        try (PayaraServer server = BenchServer.start(work); Fleet fleet = new Fleet(server, work, DemoBranch.ID)) {
            TerminalCore watcher = fleet.start("Watcher");
            TerminalCore comeback = fleet.start("Comeback");
            Fleet.awaitOnline(watcher);
            Fleet.awaitOnline(comeback);
            fleet.stop(comeback);
            Path dir = fleet.dataDir("Comeback");
            try (TerminalStore store = TerminalStore.open(dir)) {
                List<cedarpos.domain.MenuItemId> dishes = store.cashier().menu().stream().map(m -> m.id())
                        .filter(id -> store.cashier().modifiersFor(id).stream().noneMatch(g -> g.required())).toList();
                for (int i = 0; i < ENTRIES; i++) {
                    store.orders().place(null, List.of(new NewLine(dishes.get(i % dishes.size()), 1)));
                    if ((i + 1) % 2000 == 0) {
                        Bench.progress("queued offline: " + (i + 1) + " / " + ENTRIES);
                    }
                }
            }
            Path watcherDir = fleet.dataDir("Watcher");
            long t0 = System.nanoTime();
            TerminalCore back = fleet.start("Comeback", server.wsUrl(),
                    SyncWorker.Options.defaults().withBatchSize(BATCH));
            Await.until(Duration.ofMinutes(5), "all acked", () -> back.store().pendingCount() == 0);
            long acked = System.nanoTime() - t0;
            Await.until(Duration.ofMinutes(5), "all visible on the second terminal",
                    () -> TerminalFiles.count(watcherDir, "SELECT COUNT(*) FROM customer_order") >= ENTRIES);
            long visible = System.nanoTime() - t0;
            double seconds = visible / 1e9;
            double rate = ENTRIES / seconds;
            Bench.progress("batched: " + ENTRIES + " entries acked in " + Bench.fmt(acked / 1e9) + " s, visible on "
                    + "the second terminal in " + Bench.fmt(seconds) + " s");

            double naiveRate = Boolean.getBoolean("bench.skipNaive") ? Double.NaN : naive(server, fleet);
            return "catchup: entries=" + ENTRIES + " batch=" + BATCH + " seconds=" + Bench.fmt(seconds) + " acked_s=" + Bench.fmt(acked / 1e9)
                    + " entries_per_s=" + Math.round(rate) + " naive_entries_per_s=" + Math.round(naiveRate)
                    + " ratio_vs_naive=" + Bench.fmt(rate / naiveRate);
        }
    }

    /** One entry per push, wait for its ack, next: the drain loop of the seed article. */
    private static double naive(PayaraServer server, Fleet fleet) {
        TerminalId id = TerminalId.random();
        Enrolled enrolled = fleet.api().enroll(fleet.enrollmentCode(), id, "Naive");
        try (SyncClient client = SyncClient.connect(server.wsUrl(), enrolled.token())) {
            client.send(new Hello(ProtocolCodec.VERSION, id, DemoBranch.ID, "Naive", 0, 0, System.currentTimeMillis()));
            client.next(Welcome.class);
            client.next(Catalog.class);
            long t0 = System.nanoTime();
            for (int seq = 1; seq <= NAIVE_ENTRIES; seq++) {
                client.send(new Push(List.of(DemoBranch.open(id, seq, 1))));
                awaitAck(client, seq);
                if (seq % 500 == 0) {
                    Bench.progress("naive: " + seq + " / " + NAIVE_ENTRIES);
                }
            }
            double rate = NAIVE_ENTRIES / ((System.nanoTime() - t0) / 1e9);
            Bench.progress("naive: " + NAIVE_ENTRIES + " entries at " + Math.round(rate) + " entries/s");
            return rate;
        }
    }

    private static void awaitAck(SyncClient client, long seq) {
        while (true) {
            Message m = client.next(Duration.ofSeconds(10));
            if (m instanceof Ack && ((Ack) m).lastAppliedSeq() >= seq) {
                return;
            }
        }
    }
}
