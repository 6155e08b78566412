package cedarpos.bench;

import cedarpos.server.testing.PayaraServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Start times as ./run-demo and a real install see them, against a bare Payara Micro in the same run. Each of
 * {@code bench.startupRuns} rounds measures: a bare Payara Micro (the same jar version, same heap, Hazelcast and
 * phone-home off) deploying an empty WAR built here, from process start to its first 200; the server launched
 * the way ./run-demo launches it, first on an empty data dir (and a fresh Payara runtime dir, so any one-time
 * preparation counts) and again on the same dirs, each to /health/ready UP with its database check; and the
 * demo's second start to a usable till: that second server start, then the terminal jar on its existing data
 * dir (enrolled after the first start, not timed) until it logs "till usable" (window shown, online, caught up).
 * Medians; cpu figures are the process's own CPU time at readiness.
 *
 * <p>The server starts through the launcher script named by {@code cedarpos.serverLauncher}
 * (installer/src/main/bin/cedarpos-server, as ./run-demo and the systemd unit start it);
 * {@code -Dbench.serverLaunch=jar} measures the plain {@code java -jar cedarpos-server.jar} instead.
 */
final class StartupBench {
    private static final int RUNS = Integer.getInteger("bench.startupRuns", 3);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final String HEAP = "-Xmx384m";
    private static final String USABLE = "till usable:";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StartupBench() {
    }

    static String run() throws Exception {
        Path work = BenchServer.work("startup");
        Path emptyWar = emptyWar(work.resolve("empty.war"));
        boolean plainJar = "jar".equals(System.getProperty("bench.serverLaunch", "launcher"));
        long[] bare = new long[RUNS];
        long[] bareCpu = new long[RUNS];
        long[] first = new long[RUNS];
        long[] second = new long[RUNS];
        long[] secondCpu = new long[RUNS];
        long[] demo = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            try (Started b = bare(work.resolve("bare-" + i), emptyWar)) {
                bare[i] = b.millis;
                bareCpu[i] = b.cpuMillis();
            }
            Path home = work.resolve("demo-" + i);
            try (Started s = server(home, plainJar)) {
                first[i] = s.millis;
                try (Started t = terminal(home, s.port, s.t0, true)) {
                    // enrolled on its data dir, as ./run-demo's first start leaves it
                }
            }
            try (Started s = server(home, plainJar)) {
                second[i] = s.millis;
                secondCpu[i] = s.cpuMillis();
                try (Started t = terminal(home, s.port, s.t0, false)) {
                    demo[i] = t.millis;
                }
            }
            Bench.progress("round " + (i + 1) + ": bare " + bare[i] + " ms (cpu " + bareCpu[i] + "), server first "
                    + first[i] + " ms, second " + second[i] + " ms (cpu " + secondCpu[i] + "), demo second to till "
                    + demo[i] + " ms");
        }
        long bareMs = median(bare);
        long secondMs = median(second);
        return "startup: bare_payara_ms=" + bareMs + " server_first_ms=" + median(first) + " server_second_ms="
                + secondMs + " ratio_second_vs_bare=" + Bench.fmt((double) secondMs / bareMs)
                + " demo_second_to_till_ms=" + median(demo) + " bare_cpu_ms=" + median(bareCpu)
                + " server_second_cpu_ms=" + median(secondCpu) + " launch=" + (plainJar ? "jar" : "launcher")
                + " runs=" + RUNS + " cores=" + Runtime.getRuntime().availableProcessors();
    }

    /** Bare Payara Micro deploying one static page; timed to its first 200. */
    private static Started bare(Path dir, Path emptyWar) throws IOException {
        Files.createDirectories(dir);
        int port = PayaraServer.freePort();
        List<String> cmd = List.of(java(), HEAP, "-Dhazelcast.phone.home.enabled=false", "-jar",
                path("payara.microJar"), "--nohazelcast", "--disablephonehome", "--deploy", emptyWar.toString(),
                "--contextroot", "/", "--port", Integer.toString(port));
        return Started.launch(cmd, Map.of(), dir.resolve("payara.log"), port,
                log -> answers("http://127.0.0.1:" + port + "/", r -> r.statusCode() == 200));
    }

    /** The server as ./run-demo starts it, on {@code home}/server; timed to readiness. */
    private static Started server(Path home, boolean plainJar) throws IOException {
        Files.createDirectories(home);
        int port = PayaraServer.freePort();
        List<String> cmd = plainJar
                ? List.of(java(), HEAP, "-Dhazelcast.phone.home.enabled=false", "-jar", path("cedarpos.serverJar"),
                        "--port", Integer.toString(port))
                : List.of(path("cedarpos.serverLauncher"));
        Map<String, String> env = Map.of("CEDARPOS_DEMO", "true",
                "CEDARPOS_DATA_DIR", home.resolve("server").toString(),
                "CEDARPOS_ADMIN_PASSWORD", "cedar-demo",
                "CEDARPOS_SERVER_JAR", path("cedarpos.serverJar"),
                "CEDARPOS_PORT", Integer.toString(port),
                "CEDARPOS_JAVA_OPTS", HEAP,
                "JAVA", java());
        Path log = Files.createTempFile(home, "server-", ".log");
        return Started.launch(cmd, env, log, port,
                l -> answers("http://127.0.0.1:" + port + "/health/ready", PayaraServer::isReady));
    }

    /** The terminal jar as ./run-demo starts it (same JVM option), timed from {@code t0} to its "till usable" line. */
    private static Started terminal(Path home, int port, long t0, boolean enroll) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-jar", path("cedarpos.terminalJar"),
                "--server", "ws://127.0.0.1:" + port + "/sync", "--name", "Counter 1",
                "--data", home.resolve("terminal-1").toString()));
        if (enroll) {
            cmd.addAll(List.of("--enroll-file", home.resolve("server/demo-enrollment-code").toString()));
        }
        Path log = Files.createTempFile(home, "terminal-", ".log");
        return Started.launch(cmd, Map.of(), log, port, t0, l -> contains(l, USABLE));
    }

    /** A running process and the milliseconds it took to be ready. */
    private static final class Started implements AutoCloseable {
        private final Process process;
        private final int port;
        private final long t0;
        private long millis;

        private Started(Process process, int port, long t0) {
            this.process = process;
            this.port = port;
            this.t0 = t0;
        }

        static Started launch(List<String> cmd, Map<String, String> env, Path log, int port, Predicate<Path> ready)
                throws IOException {
            return launch(cmd, env, log, port, System.nanoTime(), ready);
        }

        /** Starts the process and waits until {@code ready}; the time counts from {@code t0}. */
        static Started launch(List<String> cmd, Map<String, String> env, Path log, int port, long t0,
                              Predicate<Path> ready) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().keySet().removeIf(k -> k.startsWith("CEDARPOS_"));
            pb.environment().putAll(env);
            Started s = new Started(pb.start(), port, t0);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!ready.test(log)) {
                if (!s.process.isAlive() || System.nanoTime() > deadline) {
                    s.close();
                    throw new IllegalStateException(cmd.get(cmd.size() > 3 ? 3 : 0) + " not ready ("
                            + (s.process.isAlive() ? "timeout" : "exited " + s.process.exitValue()) + "); see " + log);
                }
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
            s.millis = (System.nanoTime() - t0) / 1_000_000;
            return s;
        }

        long cpuMillis() {
            return process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        }

        /** SIGTERM, as Ctrl-C or closing the demo's window: Payara and the terminal shut down cleanly. */
        @Override
        public void close() {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean answers(String url, Predicate<HttpResponse<String>> ok) {
        try {
            return ok.test(HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean contains(Path log, String text) {
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** A WAR with one static page, nothing else: what Payara Micro costs on its own. */
    private static Path emptyWar(Path war) throws IOException {
        Files.createDirectories(war.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write("<!doctype html><title>empty</title>ok\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return war;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String path(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.exists(Path.of(value))) {
            throw new IllegalStateException("system property " + property + " must name an existing file: " + value);
        }
        return Path.of(value).toAbsolutePath().toString();
    }
}
