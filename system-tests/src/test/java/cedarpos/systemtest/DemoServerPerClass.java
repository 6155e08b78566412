package cedarpos.systemtest;

import cedarpos.domain.BranchId;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * One demo server on H2 for a whole test class (starting Payara is the slow
 * part), and a fresh fleet of terminals, in its own directory, for each test.
 */
abstract class DemoServerPerClass {
    static final BranchId BRANCH = DemoBranch.ID;

    static Path work;
    static PayaraServer server;
    Fleet fleet;

    @BeforeAll
    static void startServer(TestInfo info) {
        work = ItServers.workDir(info.getTestClass().orElseThrow().getSimpleName());
        server = ItServers.demoOnH2(work).build().start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void newFleet() {
        fleet = new Fleet(server, work.resolve("t" + System.nanoTime()), BRANCH);
    }

    @AfterEach
    void closeFleet() {
        fleet.close();
    }
}
