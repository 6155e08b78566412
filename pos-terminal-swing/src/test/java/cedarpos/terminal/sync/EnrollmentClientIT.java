package cedarpos.terminal.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.TerminalId;
import cedarpos.terminal.sync.EnrollmentClient.Enrollment;
import cedarpos.terminal.sync.EnrollmentClient.EnrollmentException;
import cedarpos.terminal.testing.EnrollmentDesk;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

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
    void aGoodCodeReturnsTheBranchAndTokenAndTheRequestCarriesWhatTheContractNames() throws Exception {
        try (EnrollmentDesk desk = new EnrollmentDesk()) {
            TerminalId id = TerminalId.random();
            Enrollment e = client.enroll(desk.syncUri(), EnrollmentDesk.GOOD_CODE, id, "Counter 1");
            assertThat(e.terminalId()).isEqualTo(id);
            assertThat(e.branchId()).isEqualTo(LebaneseCatalog.BRANCH);
            assertThat(e.branchName()).isEqualTo("Hamra Street");
            assertThat(e.token()).isEqualTo(EnrollmentDesk.TOKEN);
            assertThat(e.toString()).doesNotContain(EnrollmentDesk.TOKEN);
            assertThat(desk.requests()).singleElement().satisfies(r -> {
                assertThat(r.getString("code")).isEqualTo(EnrollmentDesk.GOOD_CODE);
                assertThat(r.getString("terminalId")).isEqualTo(id.toString());
                assertThat(r.getString("terminalName")).isEqualTo("Counter 1");
            });
        }
    }

    @Test
    void refusalsCarryTheServersStableCodeAndMessage() throws Exception {
        try (EnrollmentDesk desk = new EnrollmentDesk()) {
            client.enroll(desk.syncUri(), EnrollmentDesk.GOOD_CODE, TerminalId.random(), "Counter 1");
            assertThatThrownBy(() -> client.enroll(desk.syncUri(), EnrollmentDesk.GOOD_CODE, TerminalId.random(),
                    "Counter 2")).isInstanceOfSatisfying(EnrollmentException.class, e -> {
                        assertThat(e.code()).isEqualTo("ENROLLMENT_CODE_USED");
                        assertThat(e.refusedByServer()).isTrue();
                        assertThat(e.getMessage()).isEqualTo("this enrollment code was already used");
                    });
            assertThatThrownBy(() -> client.enroll(desk.syncUri(), EnrollmentDesk.EXPIRED_CODE, TerminalId.random(),
                    "Counter 2")).hasFieldOrPropertyWithValue("code", "ENROLLMENT_CODE_EXPIRED");
            assertThatThrownBy(() -> client.enroll(desk.syncUri(), "NOPE-NOPE-NOPE", TerminalId.random(),
                    "Counter 2")).hasFieldOrPropertyWithValue("code", "ENROLLMENT_CODE_UNKNOWN");
        }
    }

    @Test
    void aServerThatIsNotListeningIsAClearNetworkFailure() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        URI uri = URI.create("ws://127.0.0.1:" + closedPort + "/sync");
        assertThatThrownBy(() -> client.enroll(uri, EnrollmentDesk.GOOD_CODE, TerminalId.random(), "Counter 1"))
                .isInstanceOfSatisfying(EnrollmentException.class, e -> {
                    assertThat(e.refusedByServer()).isFalse();
                    assertThat(e.code()).isEqualTo(EnrollmentException.UNREACHABLE);
                    assertThat(e.getMessage()).startsWith("cannot reach the server to enroll at http://127.0.0.1:"
                            + closedPort + "/api/enrollments");
                });
    }
}
