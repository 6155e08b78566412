package cedarpos.terminal.app;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.testing.EnrollmentDesk;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, started the way IT staff and process-level tests start it. */
class MainJarIT {
    static final Path JAR = Path.of(System.getProperty("terminal.jar", "target/pos-terminal-swing.jar"));

    @TempDir
    Path dir;

    @Test
    void badArgumentsPrintUsageAndExitWithCode2() throws Exception {
        Process p = start("--branch", "b0000000-0000-4000-8000-000000000001");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err).contains("error: unknown argument: --branch").contains("usage:").contains("--enroll CODE");
    }

    @Test
    void anUnenrolledTerminalWithoutACodeSaysHowToEnrollAndExitsWithCode2() throws Exception {
        try (EnrollmentDesk desk = new EnrollmentDesk()) {
            Process p = start("--headless", "--server", desk.syncUri().toString(), "--data",
                    dir.resolve("data").toString());
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).isEqualTo(2);
            assertThat(err).contains("error: this terminal is not enrolled: start it once with --enroll CODE");
            assertThat(desk.requests()).isEmpty();
        }
    }

    @Test
    void aRefusedCodePrintsTheServersMessageAndExitsWithCode1() throws Exception {
        try (EnrollmentDesk desk = new EnrollmentDesk()) {
            Process p = start("--headless", "--server", desk.syncUri().toString(), "--data",
                    dir.resolve("data").toString(), "--enroll", EnrollmentDesk.EXPIRED_CODE);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).isEqualTo(1);
            assertThat(err).contains("error: the server refused the enrollment code: this enrollment code expired;"
                    + " ask a manager for a new one (ENROLLMENT_CODE_EXPIRED)");
        }
    }

    @Test
    void headlessEnrollsOnTheFirstStartAndJustRunsOnTheNext() throws Exception {
        Path data = dir.resolve("data");
        try (EnrollmentDesk desk = new EnrollmentDesk()) {
            Path codeFile = Files.writeString(dir.resolve("demo-enrollment-code"), EnrollmentDesk.GOOD_CODE + "\n");
            String first = runUntilStopped(data, "--headless", "--server", desk.syncUri().toString(), "--name",
                    "Headless 1", "--data", data.toString(), "--enroll-file", codeFile.toString());
            assertThat(first).contains("terminal enrolled terminal=").contains("terminal started terminal=")
                    .contains("terminal stopped cleanly terminal=").doesNotContain(EnrollmentDesk.TOKEN);
            String id = desk.requests().get(0).getString("terminalId");
            assertThat(StoreFixture.count(data.resolve("terminal.db"), "SELECT COUNT(*) FROM terminal_state"
                    + " WHERE terminal_id = '" + id + "' AND device_token IS NOT NULL")).isEqualTo(1);

            String second = runUntilStopped(data, "--headless", "--server", desk.syncUri().toString(), "--name",
                    "Headless 1", "--data", data.toString());
            assertThat(second).contains("terminal started terminal=" + id).doesNotContain("terminal enrolled");
            assertThat(desk.requests()).hasSize(1);
        }
    }

    /** Runs the jar until its store is enrolled and it survived a few failed connections, then stops it. */
    private String runUntilStopped(Path data, String... args) throws Exception {
        Process p = start(args);
        try {
            Path db = data.resolve("terminal.db");
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && !(Files.exists(db) && identityWritten(db))) {
                assertThat(p.isAlive()).as("terminal process still running").isTrue();
                Thread.sleep(200);
            }
            assertThat(StoreFixture.count(db, "SELECT COUNT(*) FROM terminal_state WHERE terminal_name = 'Headless 1'"))
                    .isEqualTo(1);
            Thread.sleep(1500); // a few failed connection attempts must not end the process
            assertThat(p.isAlive()).isTrue();
        } finally {
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(err).contains("offline (connect failed");
        return err;
    }

    private static boolean identityWritten(Path db) {
        try {
            return StoreFixture.count(db, "SELECT COUNT(*) FROM terminal_state") == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Process start(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx128m");
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stderr.txt").toFile());
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        return new ReadableProcess(p, dir.resolve("stderr.txt").toFile());
    }

    /** A process whose stderr (redirected to a file so it can never block) reads back as a stream. */
    private static final class ReadableProcess extends Process {
        private final Process p;
        private final File err;

        ReadableProcess(Process p, File err) {
            this.p = p;
            this.err = err;
        }

        @Override
        public java.io.OutputStream getOutputStream() {
            return p.getOutputStream();
        }

        @Override
        public java.io.InputStream getInputStream() {
            return p.getInputStream();
        }

        @Override
        public java.io.InputStream getErrorStream() {
            try {
                return Files.newInputStream(err.toPath());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int waitFor() throws InterruptedException {
            return p.waitFor();
        }

        @Override
        public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
            return p.waitFor(timeout, unit);
        }

        @Override
        public int exitValue() {
            return p.exitValue();
        }

        @Override
        public void destroy() {
            p.destroy();
        }

        @Override
        public boolean isAlive() {
            return p.isAlive();
        }
    }
}
