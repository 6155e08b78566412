package cedarpos.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real terminal jar running headless in its own process, so a test can
 * SIGKILL it at any point as a power cut would.
 */
final class TerminalProcess implements AutoCloseable {
    static final String JAR_PROPERTY = "cedarpos.terminalJar";

    private final Path dataDir;
    private final Path log;
    private final Process process;

    private TerminalProcess(Path dataDir, Path log, Process process) {
        this.dataDir = dataDir;
        this.log = log;
        this.process = process;
    }

    static TerminalProcess start(Path dataDir, URI server, String name, String enrollmentCode) {
        return start(dataDir, server, name, enrollmentCode, List.of());
    }

    /** As above with more arguments, e.g. {@code --drive-orders 5/s}. */
    static TerminalProcess start(Path dataDir, URI server, String name, String enrollmentCode, List<String> more) {
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("terminal jar not found (system property " + JAR_PROPERTY + "=" + jar + ")");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-jar", jar, "--headless", "--server", server.toString(), "--name", name,
                "--data", dataDir.toString()));
        if (enrollmentCode != null) {
            cmd.add("--enroll");
            cmd.add(enrollmentCode);
        }
        cmd.addAll(more);
        try {
            Files.createDirectories(dataDir);
            Path log = Files.createTempFile(dataDir.getParent(), name.replace(' ', '-') + "-", ".log");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new TerminalProcess(dataDir, log, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code once the process ended by itself within {@code limit}, else -1. */
    int awaitExit(java.time.Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Path dataDir() {
        return dataDir;
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
