package cedarpos.terminal.store;

import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.Rejection;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedEntriesTest {
    @TempDir
    Path dir;

    @Test
    void anAckRejectingOneOfAHundredEntriesLeavesNonePendingAndOneRejectedAcrossAReopen() {
        OutboxEntry refused;
        try (TerminalStore store = StoreFixture.openWithCatalog(dir, java.time.Clock.systemUTC())) {
            for (int i = 0; i < 100; i++) {
                store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
            }
            assertThat(store.pendingCount()).isEqualTo(100);
            refused = store.syncLog().pendingAfter(49, 1).get(0);
            store.syncLog().markAcked(100, List.of(new Rejection(50, refused.entryId(), ErrorCode.UNKNOWN_OPERATION,
                    "order.teleport is not an operation of order")));
            assertThat(store.pendingCount()).isZero();
            assertThat(store.rejectedCount()).isEqualTo(1);
        }
        try (TerminalStore store = TerminalStore.open(dir)) {
            assertThat(store.pendingCount()).isZero();
            assertThat(store.oldestPendingCreatedAtMs()).isEmpty();
            assertThat(store.rejectedCount()).isEqualTo(1);
            RejectedEntry r = store.rejectedEntries(10).get(0);
            assertThat(r.seq()).isEqualTo(50);
            assertThat(r.entryId()).isEqualTo(refused.entryId());
            assertThat(r.recordId()).isEqualTo(refused.recordId());
            assertThat(r.operation()).isEqualTo(refused.operation());
            assertThat(r.code()).isEqualTo("UNKNOWN_OPERATION");
            assertThat(r.message()).isEqualTo("order.teleport is not an operation of order");

            // a server restored from a backup before seq 40 gets every entry again by seq, the refused one included,
            // and it stays refused here rather than counting as pending
            store.syncLog().markUnackedAfter(39);
            assertThat(store.pendingCount()).isEqualTo(60);
            assertThat(store.rejectedCount()).isEqualTo(1);
            assertThat(store.syncLog().pendingAfter(39, 100)).hasSize(61);
        }
    }

    @Test
    void aRejectionAboveTheAckedSeqIsIgnored() {
        try (TerminalStore store = StoreFixture.openWithCatalog(dir, java.time.Clock.systemUTC())) {
            store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
            store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
            OutboxEntry second = store.syncLog().pendingAfter(1, 1).get(0);
            store.syncLog().markAcked(1, List.of(new Rejection(2, second.entryId(), ErrorCode.INVALID_PAYLOAD, "x")));
            assertThat(store.rejectedCount()).isZero();
            assertThat(store.pendingCount()).isEqualTo(1);
        }
    }
}
