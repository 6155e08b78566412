package cedarpos.installer;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaging tools the checks need; a missing tool fails the test with what to install. */
final class Tools {
    private Tools() {
    }

    /** What a finished process said. */
    record Result(int exitCode, String out, String err) {
    }

    /** Fails (never skips) when {@code tool} is not on the PATH: CI installs it, so its absence is a broken setup. */
    static void require(String tool, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return;
            }
        }
        fail("'" + tool + "' is not installed, so the packages cannot be checked. On Debian/Ubuntu: sudo apt-get"
                + " install -y " + debianPackage + " (.ci/run installs it)");
    }

    static Result run(Path dir, String... command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir == null ? null : dir.toFile());
        try {
            Path out = Files.createTempFile("tool-out", ".txt");
            Path err = Files.createTempFile("tool-err", ".txt");
            try {
                Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail(String.join(" ", command) + " did not finish in 120 s");
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + String.join(" ", command), e);
        }
    }

    /** Runs and asserts exit code 0, returning standard output. */
    static String ok(Path dir, String... command) {
        Result r = run(dir, command);
        if (r.exitCode() != 0) {
            fail(String.join(" ", command) + " exited " + r.exitCode() + ":\n" + r.err() + r.out());
        }
        return r.out();
    }

    /** A system property Maven's failsafe configuration sets; a clear failure when run outside of it. */
    static String property(String name) {
        String v = System.getProperty(name);
        if (v == null) {
            fail("system property " + name + " is not set: run this test through Maven (mvn verify -pl installer)");
        }
        return v;
    }

    /** The jar names in a manifest's Class-Path (lib/x.jar -> x.jar). */
    static List<String> classPathJars(Path jar) throws IOException {
        try (var j = new java.util.jar.JarFile(jar.toFile())) {
            String cp = j.getManifest().getMainAttributes().getValue("Class-Path");
            List<String> names = new ArrayList<>();
            if (cp != null) {
                for (String entry : cp.trim().split("\\s+")) {
                    names.add(entry.startsWith("lib/") ? entry.substring(4) : entry);
                }
            }
            return names;
        }
    }
}
