package cedarpos.terminal.app;

import static org.assertj.core.api.Assertions.assertThat;

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
    void helpPrintsTheUsageAndExitsWithCode0() throws Exception {
        Process p = start("--help", "--data", dir.resolve("data").toString());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(0);
        assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        assertThat(dir.resolve("data")).as("nothing done").doesNotExist();
    }

    @Test
    void anUnenrolledTerminalWithoutACodeSaysHowToEnrollAndExitsWithCode2() throws Exception {
        // no server at all: without a code the terminal must not even try to reach one
        Process p = start("--headless", "--server", "ws://127.0.0.1:9/sync", "--data", dir.resolve("data").toString());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err).contains("error: this terminal is not enrolled: start it once with --enroll CODE");
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
