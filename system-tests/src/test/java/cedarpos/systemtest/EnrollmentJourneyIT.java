package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.BranchId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.terminal.app.TerminalConfig;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.sync.EnrollmentClient.EnrollmentException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A terminal's life with its device token, against the real server: enrolled
 * once, started again without a code, revoked by a manager while it holds an
 * unsent sale, enrolled again under the same id with that sale intact; refused
 * codes leave nothing behind.
 */
class EnrollmentJourneyIT {
    private static final BranchId BRANCH = DemoBranch.ID;
    private static Path work;
    private static PayaraServer server;
    private static Fleet fleet;

    @BeforeAll
    static void startServer() {
        work = ItServers.workDir("enrollment-journey");
        server = ItServers.demoOnH2(work).build().start();
        fleet = new Fleet(server, work, BRANCH);
    }

    @AfterAll
    static void stopServer() {
        fleet.close();
        server.close();
    }

    @Test
    void aRevokedTerminalKeepsItsSalesAndReEnrollsUnderItsOwnId() {
        TerminalCore till = fleet.start("Till");
        Fleet.awaitOnline(till);
        TerminalId id = till.terminalId();
        fleet.stop(till);

        TerminalCore again = fleet.start("Till");
        assertThat(again.terminalId()).as("no code needed after the first start").isEqualTo(id);
        Fleet.awaitOnline(again);

        fleet.api().revoke(id);
        Await.until(Duration.ofSeconds(10), "the till to learn its token was revoked",
                () -> again.sync().status().authRefusal().filter(ErrorCode.TOKEN_REVOKED::equals).isPresent(),
                () -> "status=" + again.sync().status());
        MergedOrder unsent = Fleet.placeOrder(again, 2);
        assertThat(again.store().pendingCount()).isEqualTo(1);
        assertThat(fleet.serverOrderIds()).doesNotContain(unsent.id().toString());
        fleet.stop(again);

        Path dir = fleet.dataDir("Till");
        try (TerminalCore reEnrolled = TerminalCore.start(new TerminalConfig(dir, server.wsUrl(), "Till",
                fleet.enrollmentCode()))) {
            assertThat(reEnrolled.terminalId()).isEqualTo(id);
            Await.until(Fleet.CONNECT, "the unsent sale delivered after re-enrolling",
                    () -> reEnrolled.store().pendingCount() == 0);
            assertThat(fleet.serverOrderIds()).containsOnlyOnce(unsent.id().toString());
        }
    }

    @Test
    void refusedCodesLeaveNoIdentityAndCarryTheServersCode() {
        String code = fleet.enrollmentCode();
        fleet.api().enroll(code, TerminalId.random(), "First taker");

        Path used = work.resolve("used-code");
        assertThatThrownBy(() -> TerminalCore.start(new TerminalConfig(used, server.wsUrl(), "Late", code)))
                .isInstanceOfSatisfying(EnrollmentException.class, e -> {
                    assertThat(e.refusedByServer()).isTrue();
                    assertThat(e.code()).isEqualTo("ENROLLMENT_CODE_USED");
                });
        assertThat(TerminalFiles.enrolled(used)).isFalse();

        Path unknown = work.resolve("unknown-code");
        assertThatThrownBy(() -> TerminalCore.start(new TerminalConfig(unknown, server.wsUrl(), "Guess",
                "AAAA-BBBB-CCCC"))).isInstanceOfSatisfying(EnrollmentException.class,
                        e -> assertThat(e.code()).isEqualTo("ENROLLMENT_CODE_UNKNOWN"));
        assertThat(TerminalFiles.enrolled(unknown)).isFalse();
    }

    @Test
    void theTerminalProgramReportsARefusedCodeAndExitsWithCode1() {
        try (TerminalProcess p = TerminalProcess.start(work.resolve("jar-refused"), server.wsUrl(), "Jar",
                "AAAA-BBBB-CCCC")) {
            assertThat(p.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(p.logTail()).contains("the server refused the enrollment code")
                    .contains("ENROLLMENT_CODE_UNKNOWN");
        }
    }
}
