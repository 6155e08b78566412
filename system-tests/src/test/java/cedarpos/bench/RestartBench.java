package cedarpos.bench;

import cedarpos.server.testing.BootProbe;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.PayaraServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long the server takes to be ready (GET /health/ready UP with its database check): the first start on
 * an empty data dir (schema and demo data created), then restarts after a kill -9 once the branch holds
 * {@code bench.restartOrders} orders, with REST calls hammering the server during each boot. after_kill_ms is
 * the median of {@code bench.restarts} restarts; unclean counts answers during boot that were neither a clean
 * {"code","message"} refusal nor the application's own answer (must be 0), severe the SEVERE records in the
 * restarts' logs (must be 0).
 */
final class RestartBench {
    private static final int ORDERS = Integer.getInteger("bench.restartOrders", 3000);
    private static final int RESTARTS = Integer.getInteger("bench.restarts", 3);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private RestartBench() {
    }

    static String run() throws Exception {
        Path work = BenchServer.work("restart");
        String branch = "/api/branches/" + DemoBranch.ID;
        List<String> paths = List.of(branch, branch + "/orders", branch + "/tables", "/api/enrollments");
        try (PayaraServer server = BenchServer.builder(work).startTimeout(TIMEOUT).build()) {
            long first = timedStart(server, null);
            Bench.progress("first start (empty data dir): " + first + " ms; loading " + ORDERS + " orders ...");
            BootProbe.loadOrders(server, ORDERS);
            long[] afterKill = new long[RESTARTS];
            int unclean = 0;
            int severe = 0;
            Map<String, Integer> answers = new TreeMap<>();
            for (int i = 0; i < RESTARTS; i++) {
                server.kill();
                try (BootProbe probe = BootProbe.start(server.httpUrl(), paths)) {
                    afterKill[i] = timedStart(server, probe);
                    probe.close();
                    unclean += probe.outcomes().entrySet().stream().filter(e -> e.getKey().startsWith("UNCLEAN"))
                            .mapToInt(Map.Entry::getValue).sum();
                    probe.outcomes().forEach((k, v) -> answers.merge(k, v, Integer::sum));
                    probe.unclean().forEach(u -> Bench.progress("UNCLEAN answer during boot: " + u));
                }
                List<String> lines = BootProbe.severeLines(server.logFile());
                lines.forEach(l -> Bench.progress("SEVERE: " + l));
                severe += lines.size();
                Bench.progress("restart " + (i + 1) + " after kill -9: " + afterKill[i] + " ms");
            }
            Bench.progress("answers during boot: " + answers);
            Arrays.sort(afterKill);
            long median = afterKill[RESTARTS / 2];
            return "restart: first_ms=" + first + " after_kill_ms=" + median + " ratio=" + Bench.fmt((double) median / first)
                    + " after_kill_max_ms=" + afterKill[RESTARTS - 1] + " orders=" + ORDERS + " restarts=" + RESTARTS
                    + " unclean=" + unclean + " severe=" + severe;
        }
    }

    /** Milliseconds from launching the process to readiness UP. */
    private static long timedStart(PayaraServer server, BootProbe probe) {
        long t0 = System.nanoTime();
        server.launch();
        server.awaitReady(TIMEOUT);
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
