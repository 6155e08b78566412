package cedarpos.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real Cedar POS server, as a separate Payara Micro process, for tests of
 * this module and of others (system-tests uses it through the test-jar).
 * Everything it needs is passed in: the Payara Micro jar, the WAR, a work
 * directory (Payara's root dir, its log, the preboot file) and the environment
 * (CEDARPOS_DATA_DIR, CEDARPOS_DB_URL, CEDARPOS_DEMO...). It can be stopped,
 * killed and started again on the same data.
 */
public final class PayaraServer implements AutoCloseable {
    /** System property naming the Payara Micro jar (set by this module's failsafe configuration). */
    public static final String PAYARA_JAR_PROPERTY = "payara.microJar";
    /** System property naming the server WAR. */
    public static final String WAR_PROPERTY = "cedarpos.serverWar";
    /**
     * System property with extra JVM options for every server a build's integration tests start (space-separated;
     * the failsafe configuration sets a quick-start JIT): a test server lives for seconds to minutes, and most of
     * its CPU goes into booting, where C2 compilation costs more than it gives back.
     */
    public static final String TEST_JVM_OPTIONS_PROPERTY = "cedarpos.serverJvmOptions";
    /**
     * System property set by failsafe: the number of the fork running the tests (1, 2, ...). Each fork takes its
     * servers' ports from its own range, so two forks never hand out the same port.
     */
    public static final String FORK_NUMBER_PROPERTY = "cedarpos.forkNumber";
    /** Name of the server's readiness check in the /health/ready JSON. */
    private static final String DATABASE_CHECK = "\"name\":\"database\"";
    private static final String HTTP_LISTENER = "set configs.config.server-config.network-config.network-listeners"
            + ".network-listener.http-listener";
    private static final String POSTDEPLOY = "postdeploy.asadmin";

    /** Fork blocks: 20000-20999 for fork 1, 21000-21999 for fork 2, ... (Linux's ephemeral range starts at 32768). */
    private static final int PORT_BASE = 20_000;
    private static final int PORT_BLOCK_SIZE = 1_000;
    private static final int PORT_BLOCKS = 12;
    /** Random start so that two builds on one machine (two worktrees) rarely walk the same ports. */
    private static final AtomicInteger NEXT_PORT =
            new AtomicInteger(new Random().nextInt(PORT_BLOCK_SIZE));

    private final Path payaraJar;
    private final Path war;
    private final Path workDir;
    private final Map<String, String> env;
    private final List<String> jvmOptions;
    private final Duration startTimeout;
    private final boolean steadyState;
    private final int port;
    private Process process;
    private Path logFile;
    private int starts;

    private PayaraServer(Builder b) {
        this.payaraJar = requireFile(b.payaraJar, "Payara Micro jar");
        this.war = requireFile(b.war, "server WAR");
        this.workDir = Objects.requireNonNull(b.workDir, "workDir").toAbsolutePath();
        this.env = Map.copyOf(b.env);
        this.jvmOptions = List.copyOf(b.jvmOptions);
        this.startTimeout = b.startTimeout;
        this.steadyState = b.steadyState;
        this.port = b.port > 0 ? b.port : freePort();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder preset from the system properties {@value #PAYARA_JAR_PROPERTY} and {@value #WAR_PROPERTY}. */
    public static Builder fromSystemProperties() {
        return builder().payaraJar(Path.of(required(PAYARA_JAR_PROPERTY))).war(Path.of(required(WAR_PROPERTY)));
    }

    /** Starts the server and waits until /health/ready says UP. */
    public PayaraServer start() {
        launch();
        awaitReady(startTimeout);
        return this;
    }

    /** Starts the process without waiting for readiness (for tests of a server whose database is down). */
    public PayaraServer launch() {
        if (isRunning()) {
            throw new IllegalStateException("already running");
        }
        starts++;
        try {
            Files.createDirectories(workDir);
            Path preboot = workDir.resolve("preboot.asadmin");
            // Payara binds every interface by default; tests and the demo stay on loopback. The listener opens only
            // once the WAR is deployed, as in the server jar (installer/src/main/payara)
            Files.writeString(preboot, HTTP_LISTENER + ".address=127.0.0.1\n" + HTTP_LISTENER + ".enabled=false\n");
            Files.writeString(workDir.resolve(POSTDEPLOY), HTTP_LISTENER + ".enabled=true\n");
            logFile = workDir.resolve("payara-" + starts + ".log");
            ProcessBuilder pb = new ProcessBuilder(command(workDir.resolve("root-" + starts), preboot));
            pb.directory(workDir.toFile());
            pb.redirectErrorStream(true);
            pb.redirectOutput(logFile.toFile());
            Map<String, String> environment = pb.environment();
            environment.keySet().removeIf(k -> k.startsWith("CEDARPOS_"));
            environment.putAll(env);
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Payara Micro", e);
        }
        return this;
    }

    /** The full command line; the same flags serve the demo launcher and the uber-jar. */
    public List<String> command(Path rootDir, Path preboot) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-Dhazelcast.phone.home.enabled=false");
        if (!steadyState) {
            cmd.addAll(testJvmOptions());
        }
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--nohazelcast",
                "--disablephonehome",
                "--rootdir", rootDir.toString(),
                "--prebootcommandfile", preboot.toString(),
                "--postdeploycommandfile", preboot.resolveSibling(POSTDEPLOY).toString()));
        return cmd;
    }

    /** Polls /health/ready until it answers 200 UP; fails fast with the log tail if the process dies. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue()
                        + " before it was ready; log tail:\n" + logTail(60));
            }
            HttpResponse<String> r = readiness();
            last = r == null ? -1 : r.statusCode();
            if (isReady(r)) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException("Payara Micro not ready after " + timeout + " (last /health/ready status "
                + last + "); log tail:\n" + logTail(60));
    }

    /**
     * The readiness rule of the tests, the benchmarks and ./run-demo: /health/ready answers 200 UP with the
     * server's own database check (UP without it would be Payara's health service alone).
     */
    public static boolean isReady(HttpResponse<String> readiness) {
        return readiness != null && readiness.statusCode() == 200 && readiness.body().contains(DATABASE_CHECK);
    }

    /** HTTP status of /health/ready now: 200 UP, 503 DOWN, -1 when nothing answers. */
    public int readinessStatus() {
        HttpResponse<String> r = readiness();
        return r == null ? -1 : r.statusCode();
    }

    /**
     * True when the deployed server reports its database check DOWN (503): the
     * WAR is up but its database is not. Payara's own DOWN during startup does not count.
     */
    public boolean isDeployedButNotReady() {
        HttpResponse<String> r = readiness();
        return r != null && r.statusCode() == 503 && r.body().contains(DATABASE_CHECK);
    }

    /** The /health/ready response now, or null when nothing answers. */
    public HttpResponse<String> readiness() {
        try {
            return HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(httpUrl() + "/health/ready")).timeout(Duration.ofSeconds(5))
                            .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Graceful stop (SIGTERM, Payara's shutdown hook closes the database); forced after 60 s. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL: no shutdown hook runs, exactly like a crash. */
    public void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops and starts again with the same port, data and environment. */
    public PayaraServer restart() {
        stop();
        return start();
    }

    /** Waits for the process to end by itself; its exit code, or -1 if it is still running after the timeout. */
    public int awaitExit(Duration timeout) {
        if (process == null) {
            throw new IllegalStateException("never started");
        }
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public int port() {
        return port;
    }

    public String httpUrl() {
        return "http://127.0.0.1:" + port;
    }

    public URI wsUrl() {
        return URI.create("ws://127.0.0.1:" + port + "/sync");
    }

    public Path logFile() {
        return logFile;
    }

    public String logTail(int lines) {
        if (logFile == null || !Files.exists(logFile)) {
            return "(no log)";
        }
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static Path requireFile(Path p, String what) {
        Objects.requireNonNull(p, what);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(what + " not found: " + p.toAbsolutePath());
        }
        return p.toAbsolutePath();
    }

    private static String required(String property) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set");
        }
        return v;
    }

    private static List<String> testJvmOptions() {
        String options = System.getProperty(TEST_JVM_OPTIONS_PROPERTY, "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /**
     * A port nothing listens on now. Payara binds it only once the WAR is deployed, seconds later, so a port from
     * the kernel's ephemeral range (bind to 0) could meanwhile be handed to another server of a parallel fork, or
     * be the source port of any outgoing connection. Forked tests (failsafe sets {@value #FORK_NUMBER_PROPERTY})
     * take their ports from a range below the ephemeral one, a block of their own per fork, each port once.
     */
    public static int freePort() {
        String fork = System.getProperty(FORK_NUMBER_PROPERTY, "");
        if (!fork.matches("[1-9][0-9]?")) {
            return ephemeralPort();
        }
        int block = PORT_BASE + (Integer.parseInt(fork) - 1) % PORT_BLOCKS * PORT_BLOCK_SIZE;
        for (int tries = 0; tries < PORT_BLOCK_SIZE; tries++) {
            int candidate = block + NEXT_PORT.getAndIncrement() % PORT_BLOCK_SIZE;
            try (ServerSocket s = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return candidate;
            } catch (IOException inUse) {
                // taken by something else on this machine: the next one
            }
        }
        return ephemeralPort();
    }

    private static int ephemeralPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public static final class Builder {
        private Path payaraJar;
        private Path war;
        private Path workDir;
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>();
        private Duration startTimeout = Duration.ofSeconds(120);
        private boolean steadyState;
        private int port;

        public Builder payaraJar(Path jar) {
            this.payaraJar = jar;
            return this;
        }

        public Builder war(Path warFile) {
            this.war = warFile;
            return this;
        }

        /** Payara's root dirs, its logs and the preboot file go here. */
        public Builder workDir(Path dir) {
            this.workDir = dir;
            return this;
        }

        /** Sets CEDARPOS_DATA_DIR: the default H2 file database lives here and survives restarts. */
        public Builder dataDir(Path dir) {
            return env("CEDARPOS_DATA_DIR", dir.toAbsolutePath().toString());
        }

        /** Sets CEDARPOS_DB_URL (e.g. a jdbc:postgresql: URL) with its user and password. */
        public Builder database(String jdbcUrl, String user, String password) {
            env("CEDARPOS_DB_URL", jdbcUrl);
            env("CEDARPOS_DB_USER", user);
            return env("CEDARPOS_DB_PASSWORD", password);
        }

        /** Sets CEDARPOS_DEMO: loads the demo branch (b0000000-0000-4000-8000-000000000001). */
        public Builder demo(boolean demo) {
            return env("CEDARPOS_DEMO", Boolean.toString(demo));
        }

        /** Sets CEDARPOS_ADMIN_PASSWORD: the server creates the administrator (user CEDARPOS_ADMIN_USER, default admin). */
        public Builder adminPassword(String password) {
            return env("CEDARPOS_ADMIN_PASSWORD", password);
        }

        /** Sets CEDARPOS_FAULT, a test-only crash point such as {@code halt-after-commit}. */
        public Builder fault(String fault) {
            return env("CEDARPOS_FAULT", fault);
        }

        /** Sets CEDARPOS_NEW_EPOCH: the server writes a new epoch at every start (declared restore). */
        public Builder newEpoch(boolean newEpoch) {
            return env("CEDARPOS_NEW_EPOCH", Boolean.toString(newEpoch));
        }

        public Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        /**
         * The test measures the server's speed once warm: start it without the build's quick-start JVM options
         * ({@value PayaraServer#TEST_JVM_OPTIONS_PROPERTY}), with the JIT a production server has.
         */
        public Builder steadyState() {
            this.steadyState = true;
            return this;
        }

        public Builder port(int fixedPort) {
            this.port = fixedPort;
            return this;
        }

        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        public PayaraServer build() {
            return new PayaraServer(this);
        }
    }
}
