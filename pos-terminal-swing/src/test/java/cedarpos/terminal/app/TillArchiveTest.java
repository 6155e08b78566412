package cedarpos.terminal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TillArchiveTest {
    @TempDir
    Path dir;

    @Test
    void aTillWithUnsentEntriesIsNotArchivedAndOneWithNoneIsMovedAsideNeverDeleted() throws Exception {
        try (TerminalStore store = TerminalStore.open(dir)) {
            StoreFixture.enroll(store);
            store.syncLog().applyCatalog(LebaneseCatalog.catalog());
            store.orders().place(null, List.of(new NewLine(LebaneseCatalog.HUMMUS, 1)));
        }
        Path db = TerminalStore.fileIn(dir);
        byte[] before = Files.readAllBytes(db);
        Instant now = Instant.parse("2026-12-07T10:15:30Z");

        assertThatThrownBy(() -> TillArchive.archive(dir, now)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("entries have not reached the server; nothing was archived");
        assertThat(Files.readAllBytes(db)).as("untouched").isEqualTo(before);
        assertThat(TerminalCore.isEnrolled(dir)).isTrue();

        try (TerminalStore store = TerminalStore.open(dir)) {
            // what the server's ack records
            var sent = store.syncLog().pendingAfter(0, 100);
            store.syncLog().markAcked(sent.get(sent.size() - 1).seq(), List.of());
            assertThat(store.pendingCount()).isZero();
        }
        Path archived = TillArchive.archive(dir, now);
        assertThat(archived).isEqualTo(dir.resolve("terminal-reset-20261207-101530.db"));
        assertThat(db).doesNotExist();
        assertThat(TerminalCore.isEnrolled(dir)).as("the next start opens the setup screen").isFalse();
        assertThat(StoreFixture.count(archived, "SELECT COUNT(*) FROM customer_order")).as("kept").isEqualTo(1);
    }
}
