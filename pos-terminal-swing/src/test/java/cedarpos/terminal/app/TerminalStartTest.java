package cedarpos.terminal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.sync.EnrollmentClient.EnrollmentException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a start keeps and what it leaves alone: the server's address, the name, and no identity before enrollment. */
class TerminalStartTest {
    @TempDir
    Path dir;

    @Test
    void aFreshTillThatIsNotEnrolledStaysWithoutAnIdentity() {
        Path data = dir.resolve("till");
        assertThat(TerminalCore.isEnrolled(data)).isFalse();
        assertThat(data).as("asking creates nothing").doesNotExist();
        assertThatThrownBy(() -> TerminalCore.start(new TerminalConfig(data, null, null, null)))
                .isInstanceOf(TerminalCore.NotEnrolledException.class).hasMessageContaining("setup screen");
        requireNoIdentity(data);
    }

    @Test
    void aFailedEnrollmentLeavesNoIdentity() throws Exception {
        Path data = dir.resolve("till");
        URI closed = URI.create("ws://127.0.0.1:" + closedPort() + "/sync");
        assertThatThrownBy(() -> TerminalCore.start(new TerminalConfig(data, closed, "Counter 1", "K7QM-2XPA-93HD")))
                .isInstanceOfSatisfying(EnrollmentException.class,
                        e -> assertThat(e.code()).isEqualTo(EnrollmentException.UNREACHABLE));
        requireNoIdentity(data);
    }

    private static void requireNoIdentity(Path data) {
        assertThat(TerminalCore.isEnrolled(data)).isFalse();
        if (Files.exists(TerminalStore.fileIn(data))) {
            try (TerminalStore store = TerminalStore.open(data)) {
                assertThat(store.findState()).isEmpty();
            }
        }
    }

    @Test
    void anEnrolledTillStartsWithNoFlagsOnItsKeptServerAndNameAndAGivenServerReplacesIt() throws Exception {
        URI kept = URI.create("ws://127.0.0.1:" + closedPort() + "/sync");
        try (TerminalStore store = TerminalStore.open(dir)) {
            StoreFixture.enroll(store);
            store.rememberServer(kept);
        }
        assertThat(TerminalCore.isEnrolled(dir)).isTrue();
        try (TerminalCore core = TerminalCore.start(new TerminalConfig(dir, null, null, null))) {
            assertThat(core.server()).isEqualTo(kept);
            assertThat(core.store().state().name()).as("not renamed to a default").isEqualTo("Counter 1");
        }
        URI moved = URI.create("ws://127.0.0.1:" + closedPort() + "/sync");
        try (TerminalCore core = TerminalCore.start(new TerminalConfig(dir, moved, "Bar", null))) {
            assertThat(core.server()).isEqualTo(moved);
            assertThat(core.store().state().serverUri()).isEqualTo(moved);
            assertThat(core.store().state().name()).isEqualTo("Bar");
        }
        try (TerminalCore core = TerminalCore.start(new TerminalConfig(dir, null, null, null))) {
            assertThat(core.server()).as("the last one given").isEqualTo(moved);
        }
    }

    @Test
    void aTillEnrolledBeforeTheAddressWasKeptFallsBackToTheLocalServer() {
        try (TerminalStore store = TerminalStore.open(dir)) {
            StoreFixture.enroll(store);
            assertThat(store.state().serverUri()).isNull();
        }
        try (TerminalCore core = TerminalCore.start(new TerminalConfig(dir, null, null, null))) {
            assertThat(core.server()).isEqualTo(TerminalConfig.FALLBACK_SERVER);
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
