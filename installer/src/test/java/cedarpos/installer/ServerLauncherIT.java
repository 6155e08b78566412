package cedarpos.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's launcher (src/main/bin/cedarpos-server) as ./run-demo and the systemd unit run it, on the real server
 * jar: the first start prepares the runtime folder once (Payara unpacked, the WAR deployed, a class-data archive)
 * and comes up ready with the demo branch; stopped and started again, it starts from that folder without preparing
 * anything, with its data kept.
 */
class ServerLauncherIT {
    private static final Path LAUNCHER = Path.of(Tools.property("installer.src")).resolve("bin/cedarpos-server");
    private static final Path SERVER_JAR = Path.of(Tools.property("server.jar"));
    private static final String DEMO_BRANCH = "b0000000-0000-4000-8000-000000000001";
    private static final String PASSWORD = "launcher-test-1";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void preparesOnceThenStartsFromThePreparedFolder(@TempDir Path tmp) throws Exception {
        assertThat(SERVER_JAR).as("the server jar the package phase builds").isRegularFile();
        Path runtime = tmp.resolve("runtime");
        int port = freePort();

        Path firstLog = tmp.resolve("first.log");
        server = start(tmp, runtime, port, firstLog);
        awaitReady(port, firstLog);
        assertThat(Files.readString(firstLog)).contains("cedarpos-server: preparing");
        Path prepared = onlyFolderIn(runtime);
        assertThat(prepared.resolve("prepared")).isRegularFile();
        assertThat(prepared.resolve("cedarpos.jsa")).as("the class-data archive").isRegularFile();
        assertThat(prepared.resolve("root/launch-micro.jar")).isRegularFile();
        assertThat(branches(port)).contains(DEMO_BRANCH);
        stopGracefully(firstLog);

        Path secondLog = tmp.resolve("second.log");
        server = start(tmp, runtime, port, secondLog);
        awaitReady(port, secondLog);
        assertThat(Files.readString(secondLog)).as("nothing prepared again").doesNotContain("cedarpos-server: preparing");
        assertThat(onlyFolderIn(runtime)).isEqualTo(prepared);
        assertThat(branches(port)).contains(DEMO_BRANCH);
        stopGracefully(secondLog);
    }

    private Process start(Path tmp, Path runtime, int port, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("bash", LAUNCHER.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("CEDARPOS_SERVER_JAR", SERVER_JAR.toString());
        pb.environment().put("CEDARPOS_RUNTIME_DIR", runtime.toString());
        pb.environment().put("CEDARPOS_DATA_DIR", tmp.resolve("data").toString());
        pb.environment().put("CEDARPOS_PORT", Integer.toString(port));
        pb.environment().put("CEDARPOS_DEMO", "true");
        pb.environment().put("CEDARPOS_ADMIN_PASSWORD", PASSWORD);
        pb.environment().put("CEDARPOS_JAVA_OPTS", "-Xmx384m");
        return pb.start();
    }

    /** Ready as ./run-demo reads it: /health/ready answers 200 with the database check in it. */
    private void awaitReady(int port, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("the launcher still running; its log:\n" + tail(log)).isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/health/ready")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"database\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // connection refused until the application is deployed
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready in 6 minutes; the launcher's log:\n" + tail(log));
    }

    private String branches(int port) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/branches")).header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    /** SIGTERM, as systemd stops it: the launcher exec'd Java, so the signal reaches the server itself. */
    private void stopGracefully(Path log) throws Exception {
        server.destroy();
        assertThat(server.waitFor(120, TimeUnit.SECONDS)).as("stopped on SIGTERM; log:\n" + tail(log)).isTrue();
    }

    private static Path onlyFolderIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> folders = s.filter(Files::isDirectory).toList();
            assertThat(folders).as("one prepared folder in " + dir).hasSize(1);
            return folders.get(0);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
