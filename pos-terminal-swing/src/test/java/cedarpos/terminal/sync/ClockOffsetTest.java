package cedarpos.terminal.sync;

import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.Stamp;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.Welcome;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One clock drives both the stamps and the offset measured at the welcome, so a fast clock is corrected. */
class ClockOffsetTest {
    static final long SERVER_NOW = 1_764_072_000_000L;

    @TempDir
    Path dir;

    @Test
    void aTerminalSevenMinutesFastStampsServerTimeOnceWelcomed() throws Exception {
        Clock fast = Clock.offset(Clock.fixed(Instant.ofEpochMilli(SERVER_NOW), ZoneOffset.UTC),
                Duration.ofMinutes(7));
        try (TerminalStore store = TerminalStore.open(dir, fast)) {
            StoreFixture.enroll(store);
            store.syncLog().applyCatalog(LebaneseCatalog.catalog());
            MergedOrder before = store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
            assertThat(before.openedAtMs()).as("never welcomed: its own clock").isEqualTo(SERVER_NOW + 420_000);

            SyncConversation conv = new SyncConversation(store, new SyncConversation.Link() {
                @Override
                public void send(Message message) {
                }

                @Override
                public void drop(String reason) {
                }
            }, fast::millis, 10, 10_000);
            conv.open();
            conv.onMessage(new Welcome("e1", SERVER_NOW, 0, 0));
            assertThat(conv.clockOffsetMs()).isEqualTo(-420_000);
            assertThat(store.state().serverOffsetMs()).isEqualTo(-420_000);

            MergedOrder after = store.orders().place(null, List.of(new NewLine(HUMMUS, 2)));
            assertThat(after.openedAtMs()).isEqualTo(SERVER_NOW);
            OutboxEntry e = store.syncLog().pendingAfter(1, 10).get(0);
            assertThat(e.eventTimeMs()).isEqualTo(SERVER_NOW);
            assertThat(OrderStateJson.decode(e.payload()).stamps())
                    .containsOnly(new Stamp(SERVER_NOW, store.terminalId().value(), 2));
        }
    }
}
