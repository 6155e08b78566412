package cedarpos.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.server.testing.BootProbe;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server killed with -9 on a database that holds orders starts again while clients keep calling it: until
 * the WAR is deployed the port is closed, and every answer after that is the application's own, during boot a
 * clean {"code","message"} refusal, never Payara's 404, an empty 500 or a stack trace; the log has no SEVERE
 * record, and every acked order is still there.
 */
class BootIT {
    private static final int ORDERS = Integer.getInteger("cedarpos.bootOrders", 300);

    @Test
    void aRestartAfterKillAnswersCleanlyUntilReadyAndLogsNoSevere() {
        String branch = "/api/branches/" + DemoBranch.ID;
        try (PayaraServer server = ItServers.demoOnH2(ItServers.workDir("BootIT")).build().start()) {
            BootProbe.loadOrders(server, ORDERS);
            server.kill();

            server.launch();
            try (BootProbe probe = BootProbe.start(server.httpUrl(),
                    List.of(branch, branch + "/orders", branch + "/tables", "/api/enrollments"))) {
                server.awaitReady(Duration.ofMinutes(3));
                probe.close();
                System.out.println("BootIT answers during boot: " + probe.outcomes());
                assertThat(probe.unclean()).as("answers during boot").isEmpty();
                // the database is healthy: signed-in calls, refused by sign-in before the startup gate, say so too
                assertThat(probe.outcomes()).as("answers during boot")
                        .doesNotContainKey("clean 503 DATABASE_UNAVAILABLE");
            }
            assertThat(BootProbe.severeLines(server.logFile())).as("SEVERE in " + server.logFile()).isEmpty();
            assertThat(ItServers.admin(server).orders(DemoBranch.ID)).hasSize(ORDERS);
        }
    }
}
