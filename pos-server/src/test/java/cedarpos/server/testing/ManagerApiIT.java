package cedarpos.server.testing;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

/**
 * The base of the integration tests of the manager's API: one real Payara Micro with the demo branch on an H2 file
 * database for the whole test class (its files under a directory named after the class), and the administrator's
 * REST client. Tests that change setup make branches of their own, so the demo branch stays as the first test
 * reads it.
 */
public abstract class ManagerApiIT {
    /** The server's working directory (its data directory is {@code work/data}). */
    protected static Path work;
    protected static PayaraServer server;
    /** The REST API signed in as {@link ItServers#ADMIN_USER}. */
    protected static ServerApi admin;

    @BeforeAll
    static void startDemoServer(TestInfo test) {
        work = ItServers.workDir(test.getTestClass().orElseThrow().getSimpleName());
        server = ItServers.demoOnH2(work).startTimeout(Duration.ofMinutes(5)).build().start();
        admin = ItServers.admin(server);
    }

    @AfterAll
    static void stopDemoServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
