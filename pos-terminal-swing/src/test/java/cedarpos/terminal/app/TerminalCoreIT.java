package cedarpos.terminal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalState;
import cedarpos.terminal.sync.EnrollmentClient.EnrollmentException;
import cedarpos.terminal.testing.EnrollmentDesk;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting a terminal: enrollment on the first start, the stored identity afterwards. */
class TerminalCoreIT {
    @TempDir
    Path dir;

    @Test
    void theFirstStartEnrollsAndLaterStartsIgnoreTheCode() throws Exception {
        try (EnrollmentDesk desk = new EnrollmentDesk()) {
            TerminalState first;
            try (TerminalCore core = TerminalCore.start(new TerminalConfig(dir, desk.syncUri(), "Counter 1",
                    EnrollmentDesk.GOOD_CODE))) {
                first = core.store().state();
                assertThat(first.hasDeviceToken()).isTrue();
                assertThat(first.branchId()).isEqualTo(LebaneseCatalog.BRANCH);
                assertThat(first.branchName()).isEqualTo(EnrollmentDesk.BRANCH_NAME);
                assertThat(core.terminalId()).isEqualTo(first.terminalId());
                assertThat(desk.requests().get(0).getString("terminalId")).isEqualTo(first.terminalId().toString());
                assertThat(core.store().syncLog().deviceToken()).contains(EnrollmentDesk.TOKEN);
            }
            // the code is used up: a second enrollment would be refused, so it must not be attempted
            try (TerminalCore core = TerminalCore.start(new TerminalConfig(dir, desk.syncUri(), "Bar",
                    EnrollmentDesk.GOOD_CODE))) {
                assertThat(core.terminalId()).isEqualTo(first.terminalId());
                assertThat(core.store().state().name()).isEqualTo("Bar");
            }
            try (TerminalCore core = TerminalCore.start(new TerminalConfig(dir, desk.syncUri(), "Bar", null))) {
                assertThat(core.terminalId()).isEqualTo(first.terminalId());
            }
            assertThat(desk.requests()).hasSize(1);
        }
    }

    @Test
    void withoutACodeAnUnenrolledTerminalDoesNotStartAndSaysHowToEnroll() throws Exception {
        try (EnrollmentDesk desk = new EnrollmentDesk()) {
            assertThatThrownBy(() -> TerminalCore.start(new TerminalConfig(dir, desk.syncUri(), "Counter 1", null)))
                    .isInstanceOf(TerminalCore.NotEnrolledException.class)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("this terminal is not enrolled").hasMessageContaining("--enroll CODE");
            assertThat(desk.requests()).isEmpty();
            assertThat(StoreFixture.count(dir.resolve("terminal.db"), "SELECT COUNT(*) FROM terminal_state"))
                    .isZero();
        }
    }

    @Test
    void aRefusedCodeStoresNothingAndCarriesTheServersCode() throws Exception {
        try (EnrollmentDesk desk = new EnrollmentDesk()) {
            assertThatThrownBy(() -> TerminalCore.start(new TerminalConfig(dir, desk.syncUri(), "Counter 1",
                    EnrollmentDesk.EXPIRED_CODE))).isInstanceOfSatisfying(EnrollmentException.class,
                            e -> assertThat(e.code()).isEqualTo("ENROLLMENT_CODE_EXPIRED"));
            assertThat(Files.exists(dir.resolve("terminal.db"))).isTrue();
            assertThat(StoreFixture.count(dir.resolve("terminal.db"), "SELECT COUNT(*) FROM terminal_state"))
                    .isZero();
            // the store was released: a good code works in the same directory right after
            try (TerminalCore core = TerminalCore.start(new TerminalConfig(dir, desk.syncUri(), "Counter 1",
                    EnrollmentDesk.GOOD_CODE))) {
                assertThat(core.store().state().hasDeviceToken()).isTrue();
            }
        }
    }
}
