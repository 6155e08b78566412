package cedarpos.bench;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Catalog;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.TerminalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Placing an order on the terminal (order + lines + outbox entry, one SQLite
 * transaction, WAL, synchronous=FULL) against the floor it stands on: a bare
 * single-row SQLite commit with the same durability settings, same run, same disk.
 */
final class LocalWriteBench {
    private static final int WARMUP = 200;
    private static final int SAMPLES = 2000;

    private LocalWriteBench() {
    }

    static String run() throws Exception {
        Path dir = Files.createTempDirectory("bench-local-write");
        long[] raw = rawCommits(dir.resolve("raw.db"));
        Bench.progress("raw single-row commits: " + SAMPLES);
        long[] orders = orderWrites(dir.resolve("terminal"));
        Bench.progress("orders placed: " + SAMPLES);
        double p50 = Bench.percentileMs(orders, 0.50);
        double p99 = Bench.percentileMs(orders, 0.99);
        double rawP50 = Bench.percentileMs(raw, 0.50);
        double rawP99 = Bench.percentileMs(raw, 0.99);
        return "local_write: samples=" + SAMPLES + " p50_ms=" + Bench.fmt(p50) + " p99_ms=" + Bench.fmt(p99)
                + " raw_p50_ms=" + Bench.fmt(rawP50) + " raw_p99_ms=" + Bench.fmt(rawP99)
                + " ratio_vs_raw_sqlite=" + Bench.fmt(p50 / rawP50);
    }

    private static long[] orderWrites(Path dir) {
        try (TerminalStore store = TerminalStore.open(dir)) {
            BranchId branch = BranchId.random();
            store.enroll(TerminalId.random(), branch, "Bench branch", "Bench", "bench-token-not-used-for-sync");
            List<MenuItem> menu = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                menu.add(new MenuItem(MenuItemId.random(), "Mezze", "Dish " + i, "طبق " + i,
                        Money.of(100 + i, Currency.USD), i));
            }
            TableId table = TableId.random();
            store.syncLog().applyCatalog(new Catalog(1, "Bench branch", Currency.USD,
                    List.of(new DiningTable(table, "T1", "Hall", 4)), menu));
            long[] samples = new long[SAMPLES];
            for (int i = -WARMUP; i < SAMPLES; i++) {
                List<NewLine> lines = List.of(new NewLine(menu.get(i & 15).id(), 1),
                        new NewLine(menu.get((i + 3) & 15).id(), 2));
                long t0 = System.nanoTime();
                store.orders().place(table, lines);
                long took = System.nanoTime() - t0;
                if (i >= 0) {
                    samples[i] = took;
                }
            }
            Arrays.sort(samples);
            return samples;
        }
    }

    private static long[] rawCommits(Path file) throws Exception {
        String url = "jdbc:sqlite:" + file.toAbsolutePath() + "?journal_mode=WAL&synchronous=FULL";
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT NOT NULL)");
            }
            c.setAutoCommit(false);
            long[] samples = new long[SAMPLES];
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                for (int i = -WARMUP; i < SAMPLES; i++) {
                    long t0 = System.nanoTime();
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, "{\"n\":" + i + "}");
                    insert.executeUpdate();
                    c.commit();
                    long took = System.nanoTime() - t0;
                    if (i >= 0) {
                        samples[i] = took;
                    }
                }
            }
            Arrays.sort(samples);
            return samples;
        }
    }
}
