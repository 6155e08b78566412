package cedarpos.systemtest;

import cedarpos.domain.BranchId;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.systemtest.net.FaultyProxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The chaos run: the real server (Payara Micro with the WAR, H2 file) and several real terminal processes, each
 * driving orders headless ({@code --drive-orders}) through its own {@link FaultyProxy}; a seeded random schedule
 * of {@code kill -9} of terminals (restarted at once), network cuts, stalls, refusals and delays, and
 * {@code kill -9} of the server (restarted on the same data). One terminal, the laggard, stays cut off while the
 * others write, so that it reconnects far behind. Then a quiet period (every proxy healed, drivers stopped,
 * everything running) and a checker that waits on state: every order id a terminal logged as saved is on the
 * server exactly once and on every terminal, every outbox drained, every terminal at the branch head,
 * {@code PRAGMA integrity_check} ok on every terminal database.
 *
 * <p>The last line printed is {@code chaos: kills=K cuts=C server_kills=S orders=N lost=L duplicated=D
 * unconverged=U}. Run it long with {@code bench/run chaos}, short as {@code ChaosIT}.
 */
public final class Chaos {
    private static final BranchId BRANCH = DemoBranch.ID;
    private static final String SAVED_LOG = "driven-orders.log";

    /**
     * @param terminals       terminal processes (the first is the laggard when {@code laggardBehind > 0})
     * @param faultPhase      how long faults are injected
     * @param ordersPerSecond each terminal's driver rate
     * @param seed            the schedule's and the drivers' seed: the same seed gives the same schedule
     * @param faultEvery      mean pause between two terminal or network faults
     * @param serverKills     {@code kill -9} of the server, spread evenly over the fault phase
     * @param laggardBehind   changes the laggard must be behind before it may reconnect (0: no laggard); the fault
     *                        phase is stretched until it is, however long that takes on a loaded machine, unless
     *                        its lag stops growing for {@code quietLimit}
     * @param quietLimit      upper bound on waiting for convergence (the check waits on state, this is only a cap)
     */
    public record Config(int terminals, Duration faultPhase, double ordersPerSecond, long seed, Duration faultEvery,
                         int serverKills, long laggardBehind, Duration quietLimit) {
        public Config {
            if (terminals < 2 || terminals > 50) {
                throw new IllegalArgumentException("terminals must be 2..50, got " + terminals);
            }
            if (!(ordersPerSecond > 0)) {
                throw new IllegalArgumentException("orders per second must be positive, got " + ordersPerSecond);
            }
            if (serverKills < 0 || laggardBehind < 0) {
                throw new IllegalArgumentException("server kills and laggard lag must not be negative");
            }
        }
    }

    /** What happened and what the checker found. */
    public record Result(int kills, int cuts, int stalls, int refusals, int delays, int serverKills, int orders,
                         int lost, int duplicated, int unconverged, long laggardBehind, List<String> problems) {
        public int networkFaults() {
            return cuts + stalls + refusals + delays;
        }

        public String line() {
            return String.format(Locale.ROOT, "chaos: kills=%d cuts=%d server_kills=%d orders=%d lost=%d"
                    + " duplicated=%d unconverged=%d", kills, networkFaults(), serverKills, orders, lost, duplicated,
                    unconverged);
        }
    }

    private final Config config;
    private final Random random;
    private final Path work;
    private final List<String> progress = new ArrayList<>();
    private PayaraServer server;
    private ServerApi admin;
    private final List<FaultyProxy> proxies = new ArrayList<>();
    private final List<TerminalProcess> running = new ArrayList<>();
    private final List<Path> dirs = new ArrayList<>();
    private final int[] starts;
    private final ExecutorService serverThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chaos-server-restart");
        t.setDaemon(true);
        return t;
    });
    private Future<?> serverRestart;
    private int kills;
    private int cuts;
    private int stalls;
    private int refusals;
    private int delays;
    private int serverKills;
    private boolean laggardCut;

    private Chaos(Config config, Path work) {
        this.config = config;
        this.random = new Random(config.seed());
        this.work = work;
        this.starts = new int[config.terminals()];
    }

    /** Runs the whole scenario in a fresh directory under {@code cedarpos.testWorkDir}; always cleans up. */
    public static Result run(Config config) {
        Chaos chaos = new Chaos(config, ItServers.workDir("chaos"));
        try {
            return chaos.runAll();
        } finally {
            chaos.shutdown();
        }
    }

    private Result runAll() {
        say("chaos: seed=" + config.seed() + " terminals=" + config.terminals() + " rate=" + config.ordersPerSecond()
                + "/s fault_phase=" + config.faultPhase().toSeconds() + "s server_kills=" + config.serverKills()
                + " laggard_behind>=" + config.laggardBehind() + " work=" + work);
        // minutes of load with a bound on convergence: the production JIT, not the tests' quick-start one
        server = ItServers.demoOnH2(work).steadyState().startTimeout(Duration.ofMinutes(4)).build().start();
        admin = ItServers.admin(server);
        enrollAll();
        long lag = faultPhase();
        return quietAndCheck(lag);
    }

    private void enrollAll() {
        try {
            for (int i = 0; i < config.terminals(); i++) {
                proxies.add(new FaultyProxy(server.port()));
                dirs.add(work.resolve("terminal-" + i));
                running.add(null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < config.terminals(); i++) {
            running.set(i, launch(i, admin.createEnrollmentCode(BRANCH, 15), true));
        }
        for (int i = 0; i < config.terminals(); i++) {
            Path dir = dirs.get(i);
            TerminalProcess p = running.get(i);
            Await.until(Duration.ofMinutes(2), "terminal " + i + " enrolled with the catalog",
                    () -> TerminalFiles.enrolled(dir) && TerminalFiles.count(dir, "SELECT COUNT(*) FROM menu_item") > 0,
                    p::logTail);
        }
        say("chaos: " + config.terminals() + " terminals enrolled and driving");
    }

    private TerminalProcess launch(int i, String code, boolean drive) {
        List<String> more = new ArrayList<>();
        if (drive) {
            // a new seed per start: a restarted till does not replay the orders it placed before its crash
            more.addAll(List.of("--drive-orders", config.ordersPerSecond() + "/s", "--drive-seed",
                    Long.toString(config.seed() * 1_000_003L + i * 10_007L + starts[i])));
        }
        starts[i]++;
        return TerminalProcess.start(dirs.get(i), URI.create("ws://127.0.0.1:" + proxies.get(i).port() + "/sync"),
                "Chaos " + i, code, more);
    }

    /** Injects faults; returns how many changes behind the laggard was when it was let back (0 without one). */
    private long faultPhase() {
        laggardCut = config.laggardBehind() > 0;
        if (laggardCut) {
            proxies.get(0).down();
            say("chaos: laggard terminal 0 cut off while the others write");
        }
        long lag = 0;
        long start = System.nanoTime();
        long end = start + config.faultPhase().toNanos();
        // the laggard waits for its lag, not for a time: it is let back early only when its lag stopped growing for
        // the quiet limit (nothing is writing any more), and the run then fails on the lag it reached
        long mostBehind = 0;
        long lagGrewAt = start;
        Map<Integer, Long> healAt = new HashMap<>();
        int serverKillsDone = 0;
        long lastReport = start;
        while (true) {
            long now = System.nanoTime();
            if (laggardCut) {
                long behind = laggardLag();
                if (behind > mostBehind) {
                    mostBehind = behind;
                    lagGrewAt = now;
                }
                if (behind > config.laggardBehind() || now - lagGrewAt >= config.quietLimit().toNanos()) {
                    // let back in the middle of the chaos: from here it takes its share of faults like the others
                    laggardCut = false;
                    lag = behind;
                    proxies.get(0).heal();
                    say("chaos: laggard terminal 0 reconnects " + behind + " changes behind the branch head");
                }
            }
            if (now >= end && !laggardCut) {
                break;
            }
            // network faults that lasted their time are lifted
            for (var it = healAt.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (e.getValue() <= now) {
                    proxies.get(e.getKey()).heal();
                    it.remove();
                }
            }
            long due = start + config.faultPhase().toNanos() * (2L * serverKillsDone + 1) / (2L * Math.max(1,
                    config.serverKills()));
            if (serverKillsDone < config.serverKills() && now >= due && !serverRestarting()) {
                serverKillsDone++;
                killServer();
            } else {
                oneFault(healAt, now);
            }
            if (now - lastReport > 15_000_000_000L) {
                lastReport = now;
                say("chaos: t=" + (now - start) / 1_000_000_000L + "s kills=" + kills + " net=" + (cuts + stalls
                        + refusals + delays) + " server_kills=" + serverKills + (laggardCut
                        ? " laggard_behind=" + laggardLag() : ""));
            }
            pause((long) (config.faultEvery().toMillis() * (0.5 + random.nextDouble())));
        }
        proxies.forEach(FaultyProxy::heal);
        awaitServer();
        return lag;
    }

    private void oneFault(Map<Integer, Long> healAt, long now) {
        int i = random.nextInt(config.terminals());
        int kind = random.nextInt(10);
        if (kind < 5) {
            TerminalProcess p = running.get(i);
            p.kill();
            kills++;
            running.set(i, launch(i, null, true));
            return;
        }
        if ((i == 0 && laggardCut) || healAt.containsKey(i)) {
            return; // the laggard stays cut off; one fault at a time per link
        }
        FaultyProxy proxy = proxies.get(i);
        long lasts = (long) (1_000_000_000L * (1 + random.nextInt(5)));
        switch (kind) {
            case 5, 6 -> {
                proxy.cutAll();
                cuts++;
            }
            case 7 -> {
                proxy.stall();
                stalls++;
                healAt.put(i, now + lasts);
            }
            case 8 -> {
                proxy.down();
                refusals++;
                healAt.put(i, now + lasts);
            }
            default -> {
                proxy.delay(20 + random.nextInt(200));
                delays++;
                healAt.put(i, now + lasts);
            }
        }
    }

    private void killServer() {
        serverKills++;
        server.kill();
        long killedAt = System.nanoTime();
        serverRestart = serverThread.submit(() -> {
            server.start();
            say("chaos: server restarted after kill -9 #" + serverKills + " ready in "
                    + (System.nanoTime() - killedAt) / 1_000_000L + " ms");
        });
    }

    private boolean serverRestarting() {
        return serverRestart != null && !serverRestart.isDone();
    }

    private void awaitServer() {
        if (serverRestart != null) {
            try {
                serverRestart.get();
            } catch (Exception e) {
                throw new IllegalStateException("the server did not come back after a kill -9", e);
            }
        }
    }

    /** Branch head minus the laggard's cursor, or -1 while the server or the file cannot be read. */
    private long laggardLag() {
        try {
            return admin.changeHead(BRANCH) - TerminalFiles.count(dirs.get(0),
                    "SELECT change_cursor FROM terminal_state");
        } catch (RuntimeException | AssertionError e) {
            return -1;
        }
    }

    private Result quietAndCheck(long lag) {
        // drivers stop (a graceful restart without --drive-orders) so that convergence is a fixed target
        for (int i = 0; i < config.terminals(); i++) {
            running.get(i).close();
            running.set(i, launch(i, null, false));
        }
        say("chaos: quiet period: every link healed, drivers stopped, everything running");
        List<String> problems = new ArrayList<>();
        try {
            Duration took = Await.until(config.quietLimit(), "every terminal drained and at the branch head",
                    this::converged, this::convergenceState);
            say("chaos: converged " + took.toMillis() + " ms after the quiet period began");
        } catch (AssertionError e) {
            problems.add(e.getMessage());
            say("chaos: NOT converged: " + e.getMessage());
        }
        List<String> serverIds = serverOrderIds();
        for (TerminalProcess p : running) {
            p.close();
        }
        return check(serverIds, lag, problems);
    }

    private boolean converged() {
        long head;
        try {
            head = admin.changeHead(BRANCH);
        } catch (RuntimeException | AssertionError e) {
            return false;
        }
        for (Path dir : dirs) {
            try {
                if (TerminalFiles.count(dir, "SELECT COUNT(*) FROM outbox WHERE synced_at_ms IS NULL") != 0
                        || TerminalFiles.count(dir, "SELECT change_cursor FROM terminal_state") < head) {
                    return false;
                }
            } catch (RuntimeException e) {
                return false;
            }
        }
        return true;
    }

    private String convergenceState() {
        StringBuilder b = new StringBuilder();
        try {
            b.append("head=").append(admin.changeHead(BRANCH));
        } catch (RuntimeException | AssertionError e) {
            b.append("head=? (").append(e.getMessage()).append(')');
        }
        for (int i = 0; i < dirs.size(); i++) {
            Path dir = dirs.get(i);
            try {
                b.append(" t").append(i).append(": pending=").append(TerminalFiles.count(dir,
                        "SELECT COUNT(*) FROM outbox WHERE synced_at_ms IS NULL")).append(" cursor=")
                        .append(TerminalFiles.count(dir, "SELECT change_cursor FROM terminal_state"));
            } catch (RuntimeException e) {
                b.append(" t").append(i).append(": ?");
            }
        }
        b.append("\nlaggard log:\n").append(running.get(0).logTail());
        return b.toString();
    }

    private List<String> serverOrderIds() {
        return admin.orders(BRANCH).getValuesAs(jakarta.json.JsonObject.class).stream().map(o -> o.getString("id"))
                .toList();
    }

    private Result check(List<String> serverIds, long lag, List<String> problems) {
        Set<String> saved = new LinkedHashSet<>();
        int duplicated = 0;
        for (Path dir : dirs) {
            for (String id : savedIds(dir)) {
                if (!saved.add(id)) {
                    duplicated++;
                    problems.add("order " + id + " logged as saved twice");
                }
            }
        }
        Map<String, Integer> onServer = new HashMap<>();
        serverIds.forEach(id -> onServer.merge(id, 1, Integer::sum));
        int lost = 0;
        for (String id : saved) {
            int n = onServer.getOrDefault(id, 0);
            if (n == 0) {
                lost++;
                problems.add("order " + id + " saved but not on the server");
            } else if (n > 1) {
                duplicated++;
                problems.add("order " + id + " " + n + " times on the server");
            }
        }
        int unconverged = 0;
        for (int i = 0; i < dirs.size(); i++) {
            Path dir = dirs.get(i);
            String integrity = TerminalFiles.integrityCheck(dir);
            long pending = TerminalFiles.count(dir, "SELECT COUNT(*) FROM outbox WHERE synced_at_ms IS NULL");
            Map<String, Integer> local = orderIds(dir);
            int missing = 0;
            for (String id : saved) {
                int n = local.getOrDefault(id, 0);
                if (n == 0) {
                    missing++;
                } else if (n > 1) {
                    duplicated++;
                    problems.add("order " + id + " " + n + " times on terminal " + i);
                }
            }
            if (!"ok".equals(integrity) || pending != 0 || missing != 0) {
                unconverged++;
                problems.add("terminal " + i + ": integrity_check=" + integrity + " pending=" + pending
                        + " saved orders missing=" + missing);
            }
        }
        problems.stream().limit(20).forEach(p -> say("chaos: problem: " + p));
        return new Result(kills, cuts, stalls, refusals, delays, serverKills, saved.size(), lost, duplicated,
                unconverged, lag, List.copyOf(problems));
    }

    /** The order ids a terminal's driver claimed as saved over all its lives. */
    private static List<String> savedIds(Path dir) {
        Path log = dir.resolve(SAVED_LOG);
        try {
            if (!Files.exists(log)) {
                return List.of();
            }
            // every line is written whole in one write and fsynced; anything else would be a torn claim
            return Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> orderIds(Path dir) {
        Map<String, Integer> ids = new HashMap<>();
        String url = "jdbc:sqlite:" + dir.resolve("terminal.db").toAbsolutePath() + "?busy_timeout=10000";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM customer_order")) {
            while (rs.next()) {
                ids.merge(rs.getString(1), 1, Integer::sum);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return ids;
    }

    private void shutdown() {
        for (TerminalProcess p : running) {
            if (p != null) {
                p.kill();
            }
        }
        proxies.forEach(FaultyProxy::close);
        serverThread.shutdownNow();
        if (server != null) {
            server.close();
        }
    }

    private void say(String line) {
        synchronized (progress) {
            progress.add(line);
            System.out.println(line);
            System.out.flush();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * {@code bench/run chaos [key=value ...]}; each key also from the environment as CHAOS_KEY (upper case):
     * duration (s, default 3600), terminals (4), rate (orders/s per terminal, 2), seed (1), fault_ms (mean pause
     * between faults, 1200), server_kills (24), behind (laggard lag, 2500), quiet_s (600).
     */
    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        Logger.getLogger("").setLevel(Level.WARNING);
        Map<String, String> opts = new HashMap<>();
        for (String key : List.of("duration", "terminals", "rate", "seed", "fault_ms", "server_kills", "behind",
                "quiet_s")) {
            String env = System.getenv("CHAOS_" + key.toUpperCase(Locale.ROOT));
            if (env != null) {
                opts.put(key, env);
            }
        }
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq < 0) {
                System.err.println("usage: bench/run chaos [duration=S] [terminals=N] [rate=R] [seed=S] [fault_ms=M]"
                        + " [server_kills=K] [behind=C] [quiet_s=S]");
                System.exit(2);
            }
            opts.put(a.substring(0, eq), a.substring(eq + 1));
        }
        Config config = new Config(Integer.parseInt(opts.getOrDefault("terminals", "4")),
                Duration.ofSeconds(Long.parseLong(opts.getOrDefault("duration", "3600"))),
                Double.parseDouble(opts.getOrDefault("rate", "2")), Long.parseLong(opts.getOrDefault("seed", "1")),
                Duration.ofMillis(Long.parseLong(opts.getOrDefault("fault_ms", "1200"))),
                Integer.parseInt(opts.getOrDefault("server_kills", "24")),
                Long.parseLong(opts.getOrDefault("behind", "2500")),
                Duration.ofSeconds(Long.parseLong(opts.getOrDefault("quiet_s", "600"))));
        Result r = run(config);
        System.out.println("chaos: network faults cut=" + r.cuts() + " stall=" + r.stalls() + " refuse="
                + r.refusals() + " delay=" + r.delays() + " laggard_behind=" + r.laggardBehind());
        System.out.println(r.line());
        System.exit(r.lost() == 0 && r.duplicated() == 0 && r.unconverged() == 0 ? 0 : 1);
    }
}
