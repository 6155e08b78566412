package cedarpos.server.sync;

import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.entry;
import static cedarpos.server.testing.DemoBranch.order;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ErrorMessage;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.Push;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.NewOrder;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A push is all or nothing even when the server is stopped (SIGTERM, Payara's graceful shutdown) while it
 * applies it, and an order row left without state by an older server is repaired by the terminal's resend.
 */
class ShutdownDuringPushIT {
    private static final int LINES = 1;
    /** The most a push may carry (ProtocolCodec.MAX_BATCH_ENTRIES); one order of one line stays under a frame. */
    private static final int BATCH = 1000;
    /** Pushes sent back to back each round: a few seconds of work for the stop to land in. */
    private static final int PUSHES = 6;
    /** Stops under load per run; two in {@code mvn verify}, more with {@code -Dcedarpos.shutdownRounds=N}. */
    private static final int ROUNDS = Integer.getInteger("cedarpos.shutdownRounds", 2);
    private static final int SMALL_TILLS = 3;
    private static final int SMALL_ENTRIES = 3000;

    @Test
    void aPushInterruptedByAGracefulStopLeavesNoPartialWriteAndIsAppliedWhenResent() throws Exception {
        Path work = ItServers.workDir("ShutdownDuringPushIT");
        PayaraServer server = ItServers.demoOnH2(work).build();
        long seed = Long.getLong("cedarpos.shutdownSeed", System.nanoTime());
        Random random = new Random(seed);
        System.out.println("ShutdownDuringPushIT seed " + seed);
        try {
            server.start();
            ServerApi admin = ItServers.admin(server);
            // one till catching up with big pushes, the others pushing one sale at a time all through the stop,
            // so pushes begin at every stage of the shutdown
            Enrolled big = admin.enrollNew(ID, "catching-up");
            List<Enrolled> tills = new ArrayList<>(List.of(big));
            for (int i = 0; i < SMALL_TILLS; i++) {
                tills.add(admin.enrollNew(ID, "selling-" + i));
            }
            Map<Enrolled, List<OutboxEntry>> outbox = new LinkedHashMap<>();
            for (Enrolled till : tills) {
                int n = till == big ? BATCH * PUSHES * (ROUNDS + 1) : SMALL_ENTRIES;
                List<OutboxEntry> entries = new ArrayList<>(n);
                for (int seq = 1; seq <= n; seq++) {
                    entries.add(entry(seq, order(till.terminalId(), LINES)));
                }
                outbox.put(till, entries);
            }
            Map<Enrolled, Long> applied = new LinkedHashMap<>();
            tills.forEach(t -> applied.put(t, 0L));
            for (int round = 0; round < ROUNDS; round++) {
                if (round > 0) {
                    server.start();
                }
                ExecutorService pushers = Executors.newFixedThreadPool(SMALL_TILLS);
                AtomicBoolean stopping = new AtomicBoolean();
                List<Future<?>> running = new ArrayList<>();
                try (SyncClient c = SyncClient.connect(server.wsUrl(), big.token())) {
                    long from = applied.get(big);
                    c.send(big.hello(from, 0));
                    assertThat(c.next(Welcome.class).lastAppliedSeq()).isEqualTo(from);
                    c.next(Catalog.class);
                    for (Enrolled till : tills.subList(1, tills.size())) {
                        running.add(pushers.submit(() -> pushOneByOne(server, till, outbox.get(till),
                                applied.get(till), stopping)));
                    }
                    for (int p = 0; p < PUSHES; p++) {
                        int at = (int) from + p * BATCH;
                        c.send(new Push(outbox.get(big).subList(at, at + BATCH)));
                    }
                    Thread.sleep(random.nextInt(200, 2500));
                    long t0 = System.nanoTime();
                    server.stop(); // SIGTERM while pushes are being applied and new ones keep arriving
                    stopping.set(true);
                    // PayaraServer.stop kills the server after 60 s: a shutdown stuck behind a push must not need it
                    assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("graceful stop")
                            .isLessThan(Duration.ofSeconds(45));
                } finally {
                    pushers.shutdown();
                    assertThat(pushers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
                }
                for (Future<?> f : running) {
                    f.get(); // a pusher's own failure (not the server going away) fails the test
                }
                for (Enrolled till : tills) {
                    applied.put(till, lastApplied(work, till.terminalId()));
                }
                assertNoPartialWrite(work, LINES);
                System.out.printf("round %d: applied after a stop during pushes %s%n", round, applied.values());
            }

            server.start();
            for (Enrolled till : tills) {
                List<OutboxEntry> entries = outbox.get(till);
                try (SyncClient c = SyncClient.connect(server.wsUrl(), till.token())) {
                    long from = applied.get(till);
                    c.send(till.hello(from, 0));
                    assertThat(c.next(Welcome.class).lastAppliedSeq()).isEqualTo(from);
                    c.next(Catalog.class);
                    for (int at = (int) from; at < entries.size(); at += BATCH) {
                        List<OutboxEntry> batch = entries.subList(at, Math.min(entries.size(), at + BATCH));
                        c.send(new Push(batch));
                        awaitAck(c, batch.get(batch.size() - 1).seq());
                    }
                }
            }
            server.stop();
            long total = outbox.values().stream().mapToLong(List::size).sum();
            assertThat(assertNoPartialWrite(work, LINES)).as("every entry applied once").isEqualTo(total);
        } finally {
            server.kill();
        }
    }

    /** One entry per push, each after the previous one's ack, until the server goes away. */
    private static Void pushOneByOne(PayaraServer server, Enrolled till, List<OutboxEntry> entries, long applied,
                                     AtomicBoolean stopping) {
        try (SyncClient c = SyncClient.connect(server.wsUrl(), till.token())) {
            c.send(till.hello(applied, 0));
            c.next(Welcome.class);
            c.next(Catalog.class);
            for (int at = (int) applied; at < entries.size() && c.isOpen(); at++) {
                c.send(new Push(List.of(entries.get(at))));
                if (!acked(c, entries.get(at).seq())) {
                    break;
                }
            }
        } catch (RuntimeException | AssertionError goneAway) {
            if (!stopping.get() && server.isRunning()) {
                throw goneAway;
            }
        }
        return null;
    }

    /** True once the ack arrives; false on a refusal or a closed connection (the server is stopping). */
    private static boolean acked(SyncClient c, long seq) {
        while (c.isOpen()) {
            String frame = c.nextRaw(Duration.ofMillis(200));
            if (frame == null) {
                continue;
            }
            Message m;
            try {
                m = ProtocolCodec.decode(frame);
            } catch (ProtocolException e) {
                throw new AssertionError("undecodable frame " + frame, e);
            }
            if (m instanceof ErrorMessage) {
                return false;
            }
            if (m instanceof Ack a && a.lastAppliedSeq() >= seq) {
                return true;
            }
        }
        return false;
    }

    @Test
    void anOrderRowWithoutStateIsRepairedByTheResend() throws Exception {
        Path work = ItServers.workDir("ShutdownDuringPushIT-husk");
        PayaraServer server = ItServers.demoOnH2(work).build();
        try {
            server.start();
            Enrolled till = ItServers.admin(server).enrollNew(ID, "husk");
            NewOrder o = order(till.terminalId(), 2);
            server.stop();
            // what the failing run left behind: the order's header row, no state, no lines, nothing applied
            try (Connection db = open(work); PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO customer_order (id, branch_id, currency, guests, subtotal_minor, discount_minor,"
                            + " total_minor, conflict_count) VALUES (?, ?, 'USD', 0, 0, 0, 0, 0)")) {
                ps.setString(1, o.id().toString());
                ps.setString(2, ID.toString());
                ps.executeUpdate();
            }

            server.start();
            try (SyncClient c = SyncClient.connect(server.wsUrl(), till.token())) {
                c.send(till.hello(0, 0));
                c.next(Welcome.class);
                c.next(Catalog.class);
                c.send(new Push(List.of(entry(1, o))));
                awaitAck(c, 1);
            }
            ServerApi api = ItServers.admin(server);
            assertThat(api.order(ID, o.id().toString()).getJsonArray("lines")).hasSize(2);
            assertThat(server.logTail(400)).contains("order " + o.id() + " branch=" + ID + " has no stored state");
            server.stop();
            assertThat(assertNoPartialWrite(work, 2)).isEqualTo(1);
        } finally {
            server.kill();
        }
    }

    private static void awaitAck(SyncClient c, long seq) {
        while (true) {
            Message m = c.next(Duration.ofSeconds(120));
            if (m instanceof ErrorMessage e) {
                throw new AssertionError("push refused: " + e);
            }
            if (m instanceof Ack a && a.lastAppliedSeq() >= seq) {
                return;
            }
        }
    }

    private static long lastApplied(Path work, TerminalId t) throws SQLException {
        try (Connection db = open(work); Statement s = db.createStatement()) {
            return single(s, "SELECT last_applied_seq FROM terminal WHERE id = '" + t + "'");
        }
    }

    /**
     * With the server stopped: every stored order is whole (state, lines, its change-log row), and there are
     * exactly as many orders, applied entries and change-log rows as the terminals' applied sequences say.
     *
     * @return the number of entries applied
     */
    private static long assertNoPartialWrite(Path work, int lines) throws SQLException {
        try (Connection db = open(work); Statement s = db.createStatement()) {
            long applied = single(s, "SELECT COALESCE(SUM(last_applied_seq), 0) FROM terminal");
            assertThat(single(s, "SELECT COUNT(*) FROM customer_order WHERE state_json IS NULL OR status IS NULL"))
                    .as("orders without state (husks)").isZero();
            assertThat(single(s, "SELECT COUNT(*) FROM customer_order o WHERE (SELECT COUNT(*) FROM order_line l"
                    + " WHERE l.order_id = o.id) <> " + lines)).as("orders without all their lines").isZero();
            // change_log.record_id has no index: compare the two id sets here rather than per row in SQL
            Set<String> unlogged = ids(s, "SELECT id FROM customer_order");
            unlogged.removeAll(ids(s, "SELECT record_id FROM change_log"));
            assertThat(unlogged).as("orders without their change-log row").isEmpty();
            assertThat(single(s, "SELECT COUNT(*) FROM customer_order")).as("orders").isEqualTo(applied);
            assertThat(single(s, "SELECT COUNT(*) FROM applied_entry")).as("applied entries").isEqualTo(applied);
            assertThat(single(s, "SELECT COUNT(*) FROM change_log")).as("change-log rows").isEqualTo(applied);
            assertThat(single(s, "SELECT COUNT(*) FROM terminal t WHERE t.last_applied_seq <> (SELECT COUNT(*)"
                    + " FROM applied_entry a WHERE a.terminal_id = t.id)")).as("terminals whose applied sequence"
                    + " disagrees with their applied entries").isZero();
            return applied;
        }
    }

    private static Set<String> ids(Statement s, String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection open(Path work) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data").resolve("cedarpos").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }
}
