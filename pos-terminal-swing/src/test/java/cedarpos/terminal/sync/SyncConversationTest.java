package cedarpos.terminal.sync;

import static cedarpos.terminal.testing.LebaneseCatalog.BRANCH;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.ErrorMessage;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.Pull;
import cedarpos.protocol.v1.Push;
import cedarpos.protocol.v1.Welcome;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncConversationTest {
    @TempDir
    Path dir;
    TerminalStore store;
    final List<Message> sent = new ArrayList<>();
    final List<String> drops = new ArrayList<>();
    final AtomicLong now = new AtomicLong(1_000_000);
    SyncConversation conv;

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.catalog());
        conv = newConversation(2);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private SyncConversation newConversation(int batch) {
        sent.clear();
        return new SyncConversation(store, new SyncConversation.Link() {
            @Override
            public void send(Message message) {
                // every frame must survive the real codec
                sent.add(roundTrip(message));
            }

            @Override
            public void drop(String reason) {
                drops.add(reason);
            }
        }, now::get, batch, 10_000);
    }

    @Test
    void helloCarriesIdentityAckedSequenceAndCursor() {
        store.syncLog().markAcked(0);
        store.syncLog().rewindCursor(4);
        conv.open();
        Hello h = (Hello) sent.get(0);
        assertThat(h.protocolVersion()).isEqualTo(1);
        assertThat(h.terminalId()).isEqualTo(store.terminalId());
        assertThat(h.branchId()).isEqualTo(BRANCH);
        assertThat(h.terminalName()).isEqualTo("Counter 1");
        assertThat(h.cursor()).isEqualTo(4);
        assertThat(h.clientTimeMs()).isEqualTo(1_000_000);
        assertThat(h.appVersion()).isEqualTo("dev");
        assertThat(h.outboxSeq()).isZero();
        assertThat(h.oldestPendingAtMs()).isNull();
    }

    @Test
    void helloReportsTheOutboxSoAManagerSeesWhatHasNotArrived() {
        for (int i = 0; i < 3; i++) {
            store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        }
        long oldest = store.oldestPendingCreatedAtMs().orElseThrow();
        conv.open();
        Hello h = (Hello) sent.get(0);
        assertThat(h.outboxSeq()).isEqualTo(3);
        assertThat(h.oldestPendingAtMs()).isEqualTo(oldest);
    }

    @Test
    void pullsBeforePushingThenPushesInBatchesWaitingForEachAck() {
        for (int i = 0; i < 5; i++) {
            store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        }
        conv.open();
        conv.onMessage(new Welcome("epoch-1", 2_000_000, 0, 1));
        assertThat(last()).isEqualTo(new Pull(0, 1000));

        conv.onMessage(new Changes(1, List.of(remote(1))));
        assertThat(seqs(last())).containsExactly(1L, 2L);
        conv.onLocalWrite(); // nothing new goes out while a push waits for its ack
        assertThat(sent).hasSize(3);

        conv.onMessage(new Ack(2));
        assertThat(store.pendingCount()).isEqualTo(3);
        assertThat(seqs(last())).containsExactly(3L, 4L);
        conv.onMessage(new Ack(4));
        assertThat(seqs(last())).containsExactly(5L);
        conv.onMessage(new Ack(5));
        assertThat(store.pendingCount()).isZero();
        assertThat(store.state().lastAckedSeq()).isEqualTo(5);
        assertThat(store.state().serverEpoch()).isEqualTo("epoch-1");
        assertThat(sent).hasSize(5);
        assertThat(conv.isIdle()).isTrue();
        assertThat(conv.clockOffsetMs()).isEqualTo(1_000_000);
    }

    @Test
    void keepsPullingUntilTheCursorReachesTheHead() {
        conv.open();
        conv.onMessage(new Welcome("e", 0, 0, 3));
        conv.onMessage(new Changes(3, List.of(remote(1), remote(2))));
        assertThat(last()).isEqualTo(new Pull(2, 1000));
        conv.onMessage(new Changes(3, List.of(remote(3))));
        assertThat(store.state().cursor()).isEqualTo(3);
        assertThat(conv.isIdle()).isTrue();
        assertThat(store.state().lastSyncAtMs()).hasValue(1_000_000);
    }

    @Test
    void aNewLocalWriteIsPushedAtOnceWhenIdle() {
        idleOnline();
        store.orders().place(null, List.of(new NewLine(HUMMUS, 3)));
        conv.onLocalWrite();
        Push push = (Push) last();
        assertThat(push.entries()).hasSize(1);
        assertThat(push.entries().get(0).payload().getJsonArray("lines").getJsonObject(0).getJsonObject("add")
                .getInt("quantity"))
                .isEqualTo(3);
    }

    @Test
    void welcomeAboveOurAckMarksLostAcksAndBelowResendsWhatTheServerLost() {
        for (int i = 0; i < 3; i++) {
            store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        }
        conv.open();
        conv.onMessage(new Welcome("e", 0, 2, 0)); // acks 1..2 were lost in transit
        assertThat(store.state().lastAckedSeq()).isEqualTo(2);
        assertThat(store.pendingCount()).isEqualTo(1);
        conv.onMessage(new Changes(0, List.of()));
        assertThat(seqs(last())).containsExactly(3L);
        conv.onMessage(new Ack(3));

        conv = newConversation(200);
        conv.open();
        conv.onMessage(new Welcome("e2", 0, 1, 0)); // restored from a backup holding only seq 1
        assertThat(store.pendingCount()).isEqualTo(2);
        conv.onMessage(new Changes(0, List.of()));
        assertThat(seqs(last())).containsExactly(2L, 3L);
    }

    @Test
    void liveChangesApplyAndAGapTriggersAPull() {
        idleOnline();
        conv.onMessage(new Changes(1, List.of(remote(1))));
        assertThat(store.state().cursor()).isEqualTo(1);
        int before = sent.size();
        conv.onMessage(new Changes(4, List.of(remote(4))));
        assertThat(sent).hasSize(before + 1);
        assertThat(last()).isEqualTo(new Pull(1, 1000));
        conv.onMessage(new Changes(4, List.of(remote(2), remote(3), remote(4))));
        assertThat(store.state().cursor()).isEqualTo(4);
        assertThat(store.orders().all()).hasSize(4);
    }

    @Test
    void sequenceGapErrorDropsTheConnectionAndOtherErrorsAreRemembered() {
        idleOnline();
        conv.onMessage(new ErrorMessage(ErrorCode.INVALID_FIELD, "limit out of range"));
        assertThat(drops).isEmpty();
        assertThat(conv.lastError()).isEqualTo("INVALID_FIELD: limit out of range");
        conv.onMessage(new ErrorMessage(ErrorCode.SEQUENCE_GAP, "expected 3"));
        assertThat(drops).hasSize(1);
        int before = sent.size();
        store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        conv.onLocalWrite();
        assertThat(sent).hasSize(before);
    }

    @Test
    void aMissingAckDropsTheLinkAfterTheTimeoutAndKeepsTheEntry() {
        store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        idleOnline();
        assertThat(last()).isInstanceOf(Push.class);
        now.addAndGet(9_999);
        conv.onTick();
        assertThat(drops).isEmpty();
        now.addAndGet(2);
        conv.onTick();
        assertThat(drops).singleElement().asString().contains("no ack");
        assertThat(store.pendingCount()).isEqualTo(1);
    }

    @Test
    void aServerAheadOfEverythingWeWroteBlocksPushingInsteadOfLosingEntries() {
        store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        conv.open();
        conv.onMessage(new Welcome("e", 0, 7, 0));
        conv.onMessage(new Changes(0, List.of()));
        assertThat(sent).noneMatch(m -> m instanceof Push);
        assertThat(store.pendingCount()).isEqualTo(1);
        assertThat(conv.lastError()).contains("restored");
    }

    @Test
    void malformedFramesAreLoggedAndIgnored() {
        idleOnline();
        int before = sent.size();
        conv.onFrame("{not json");
        conv.onFrame("{\"type\":\"surprise\"}");
        assertThat(sent).hasSize(before);
        assertThat(drops).isEmpty();
    }

    @Test
    void theClockOffsetAssumesTheServerStampedItsTimeHalfwayAndIsStored() {
        conv.open(); // hello at 1,000,000
        now.addAndGet(200);
        conv.onMessage(new Welcome("e", 5_000_000, 0, 0));
        assertThat(conv.clockOffsetMs()).isEqualTo(5_000_000 - 1_000_100);
        assertThat(store.state().serverOffsetMs()).isEqualTo(3_999_900);
    }

    @Test
    void aNewEpochRewindsTheCursorToTheBranchHeadBeforePulling() {
        store.syncLog().recordWelcome("before-restore", 8, 0);
        store.syncLog().rewindCursor(8);
        conv.open();
        conv.onMessage(new Welcome("after-restore", 0, 0, 5));
        assertThat(store.state().cursor()).isEqualTo(5);
        assertThat(store.state().serverEpoch()).isEqualTo("after-restore");
        assertThat(last()).isEqualTo(new Pull(5, 1000));

        // same epoch, head above the cursor: nothing moves back
        conv = newConversation(2);
        conv.open();
        conv.onMessage(new Welcome("after-restore", 0, 0, 9));
        assertThat(last()).isEqualTo(new Pull(5, 1000));
    }

    @Test
    void aNewEpochWithTheServerBehindResendsFromItsMarkAndKeepsEverything() {
        for (int i = 0; i < 4; i++) {
            store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        }
        idleOnline(); // epoch "e"
        conv.onMessage(new Ack(2));
        conv.onMessage(new Ack(4));
        assertThat(store.pendingCount()).isZero();

        conv = newConversation(200);
        conv.open();
        conv.onMessage(new Welcome("restored", 0, 1, 0)); // the backup held only seq 1
        assertThat(store.pendingCount()).isEqualTo(3);
        assertThat(store.state().lastAckedSeq()).isEqualTo(1);
        conv.onMessage(new Changes(0, List.of()));
        assertThat(seqs(last())).containsExactly(2L, 3L, 4L);
        assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM outbox")).isEqualTo(4);
    }

    @Test
    void everyTokenRefusalIsAnAuthorisationStateAndDropsNothing() {
        for (int i = 0; i < 3; i++) {
            store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        }
        for (ErrorCode code : List.of(ErrorCode.TOKEN_REQUIRED, ErrorCode.UNKNOWN_TOKEN, ErrorCode.TOKEN_REVOKED,
                ErrorCode.TERMINAL_MISMATCH)) {
            drops.clear();
            conv = newConversation(2);
            conv.open();
            conv.onMessage(new ErrorMessage(code, "refused")); // the server answers before any welcome
            assertThat(conv.authRefusal()).as(code.name()).contains(code);
            assertThat(drops).singleElement().asString().contains(code.name());
            assertThat(conv.isWelcomed()).isFalse();
            assertThat(store.pendingCount()).isEqualTo(3);
            assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM outbox")).isEqualTo(3);
        }
        conv = newConversation(2);
        conv.open();
        conv.onMessage(new ErrorMessage(ErrorCode.INTERNAL_ERROR, "database down"));
        assertThat(conv.authRefusal()).isEmpty();
    }

    @Test
    void progressCountsRecordsPulledThenEntriesAcked() {
        for (int i = 0; i < 5; i++) {
            store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        }
        store.syncLog().rewindCursor(2);
        assertThat(conv.progress()).isEmpty();
        conv.open();
        conv.onMessage(new Welcome("e", 0, 0, 6)); // 4 records to pull
        assertThat(conv.progress()).contains(new SyncStatus.Progress(SyncStatus.Phase.PULLING, 0, 4));
        conv.onMessage(new Changes(6, List.of(remote(3), remote(4), remote(5))));
        assertThat(conv.progress()).contains(new SyncStatus.Progress(SyncStatus.Phase.PULLING, 3, 4));
        conv.onMessage(new Changes(7, List.of(remote(6)))); // the head moved while we pulled
        assertThat(conv.progress()).contains(new SyncStatus.Progress(SyncStatus.Phase.PULLING, 4, 5));
        conv.onMessage(new Changes(7, List.of(remote(7))));

        assertThat(conv.progress()).contains(new SyncStatus.Progress(SyncStatus.Phase.PUSHING, 0, 5));
        assertThat(seqs(last())).containsExactly(1L, 2L);
        conv.onMessage(new Ack(2));
        assertThat(conv.progress()).contains(new SyncStatus.Progress(SyncStatus.Phase.PUSHING, 2, 5));
        assertThat(conv.lastAckAtMs()).hasValue(1_000_000);
        conv.onMessage(new Ack(4));
        assertThat(conv.progress()).contains(new SyncStatus.Progress(SyncStatus.Phase.PUSHING, 4, 5));
        conv.onMessage(new Ack(5));
        assertThat(conv.progress()).isEmpty();
        assertThat(conv.isIdle()).isTrue();

        // a single live write afterwards is not a catch-up
        store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        conv.onLocalWrite();
        assertThat(conv.progress()).isEmpty();
    }

    @Test
    void aPushRefusedWithInternalErrorWaitsLongerEachTimeAndKeepsTheEntries() {
        store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        idleOnline();
        int pushes = pushCount();
        assertThat(pushes).isEqualTo(1);
        List<Long> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            conv.onMessage(new ErrorMessage(ErrorCode.INTERNAL_ERROR, "database down"));
            long start = now.get();
            while (pushCount() == pushes) {
                now.addAndGet(100);
                conv.onTick();
            }
            pushes = pushCount();
            waits.add(now.get() - start);
        }
        assertThat(waits).containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L, 30_000L);
        assertThat(drops).isEmpty();
        assertThat(store.pendingCount()).isEqualTo(1);
        conv.onMessage(new Ack(1));
        assertThat(store.pendingCount()).isZero();

        // an ack resets the wait
        store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        conv.onLocalWrite();
        conv.onMessage(new ErrorMessage(ErrorCode.INTERNAL_ERROR, "database down"));
        now.addAndGet(1_000);
        conv.onTick();
        assertThat(seqs(last())).containsExactly(2L);
    }

    private int pushCount() {
        return (int) sent.stream().filter(m -> m instanceof Push).count();
    }

    private void idleOnline() {
        conv.open();
        conv.onMessage(new Welcome("e", 0, 0, 0));
        conv.onMessage(new Changes(0, List.of()));
    }

    private Message last() {
        return sent.get(sent.size() - 1);
    }

    private static List<Long> seqs(Message m) {
        return ((Push) m).entries().stream().map(OutboxEntry::seq).toList();
    }

    private static Message roundTrip(Message m) {
        try {
            return ProtocolCodec.decode(ProtocolCodec.encode(m));
        } catch (Exception e) {
            throw new AssertionError("codec refused " + m, e);
        }
    }

    private static ChangeRecord remote(long seq) {
        TerminalId other = TerminalId.random();
        Stamp stamp = new Stamp(seq, other.value(), 1);
        OrderState o = OrderState.open(OrderId.random(), new OrderBirth(BRANCH, other, Currency.USD, seq), null, 0,
                List.of(new LineAdd(new OrderLine(OrderLineId.random(), HUMMUS, "Hummus", 1,
                        Money.of(550, Currency.USD)), null, stamp)), stamp);
        return new ChangeRecord(seq, "order", o.id().toString(), other, seq, OrderStateJson.encode(o, Currency.USD));
    }
}
