package cedarpos.terminal.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.TerminalId;
import cedarpos.terminal.sync.EnrollmentClient.Enrollment;
import cedarpos.terminal.sync.EnrollmentClient.EnrollmentException;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * The client's own addressing and failure reporting. Enrolling against the real
 * server, refusals included, is covered end to end in system-tests
 * (EnrollmentJourneyIT).
 */
class EnrollmentClientIT {
    final EnrollmentClient client = new EnrollmentClient();

    @Test
    void theEnrollmentAddressFollowsTheSyncAddress() {
        assertThat(EnrollmentClient.enrollmentUri(URI.create("ws://10.0.0.5:8080/sync")))
                .isEqualTo(URI.create("http://10.0.0.5:8080/api/enrollments"));
        assertThat(EnrollmentClient.enrollmentUri(URI.create("wss://pos.example.com/sync")))
                .isEqualTo(URI.create("https://pos.example.com/api/enrollments"));
        assertThat(EnrollmentClient.enrollmentUri(URI.create("wss://example.com/cedar/sync")))
                .isEqualTo(URI.create("https://example.com/cedar/api/enrollments"));
    }

    @Test
    void aServerThatIsNotListeningIsAClearNetworkFailure() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        URI uri = URI.create("ws://127.0.0.1:" + closedPort + "/sync");
        assertThatThrownBy(() -> client.enroll(uri, "K7QM-2XPA-93HD", TerminalId.random(), "Counter 1"))
                .isInstanceOfSatisfying(EnrollmentException.class, e -> {
                    assertThat(e.refusedByServer()).isFalse();
                    assertThat(e.code()).isEqualTo(EnrollmentException.UNREACHABLE);
                    assertThat(e.getMessage()).startsWith("cannot reach the server to enroll at http://127.0.0.1:"
                            + closedPort + "/api/enrollments");
                });
    }
}
