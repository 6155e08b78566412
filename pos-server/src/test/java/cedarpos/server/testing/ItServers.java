package cedarpos.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where this module's integration tests put their servers' files. */
public final class ItServers {
    /** The administrator every test server created here has (CEDARPOS_ADMIN_USER default). */
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "cedar-test-admin-1";

    private ItServers() {
    }

    /** A fresh directory under cedarpos.testWorkDir (target/it-work) or the temp dir. */
    public static Path workDir(String name) {
        try {
            String base = System.getProperty("cedarpos.testWorkDir");
            Path root = base == null ? Files.createTempDirectory("cedarpos-it") : Path.of(base);
            Files.createDirectories(root);
            return Files.createTempDirectory(root, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A demo server on an H2 file database under {@code work}/data, with the administrator {@link #ADMIN_USER}. */
    public static PayaraServer.Builder demoOnH2(Path work) {
        return PayaraServer.fromSystemProperties().workDir(work).dataDir(work.resolve("data")).demo(true)
                .adminPassword(ADMIN_PASSWORD);
    }

    /** The REST API of the server signed in as the administrator. */
    public static ServerApi admin(PayaraServer server) {
        return ServerApi.asAdmin(server.httpUrl(), ADMIN_USER, ADMIN_PASSWORD);
    }
}
