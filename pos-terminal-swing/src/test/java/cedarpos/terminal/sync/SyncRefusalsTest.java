package cedarpos.terminal.sync;

import static cedarpos.terminal.testing.LebaneseCatalog.BRANCH;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.ErrorMessage;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.Push;
import cedarpos.protocol.v1.Rejection;
import cedarpos.protocol.v1.Welcome;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.RejectedEntry;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How the terminal answers each class of refusal (docs/protocol.md, "Error codes" and "Rejected entries"). */
class SyncRefusalsTest {
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
        conv = newConversation();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private SyncConversation newConversation() {
        sent.clear();
        return new SyncConversation(store, new SyncConversation.Link() {
            @Override
            public void send(Message message) {
                try {
                    sent.add(ProtocolCodec.decode(ProtocolCodec.encode(message)));
                } catch (Exception e) {
                    throw new AssertionError("codec refused " + message, e);
                }
            }

            @Override
            public void drop(String reason) {
                drops.add(reason);
            }
        }, now::get, 200, 10_000);
    }

    @Test
    void anAckedRejectionIsKeptNotPendingAndNeverSentAgainWhileTheEntriesBehindItGoOn() {
        placeOrders(3);
        idleOnline();
        Push push = (Push) last();
        OutboxEntry second = push.entries().get(1);
        conv.onMessage(new Ack(3, List.of(new Rejection(2, second.entryId(), ErrorCode.INVALID_PAYLOAD,
                "payload.lines[0].add.name must not be blank"))));

        assertThat(store.pendingCount()).isZero();
        assertThat(store.rejectedCount()).isEqualTo(1);
        RejectedEntry r = store.rejectedEntries(10).get(0);
        assertThat(r.seq()).isEqualTo(2);
        assertThat(r.entryId()).isEqualTo(second.entryId());
        assertThat(r.code()).isEqualTo("INVALID_PAYLOAD");
        assertThat(r.message()).isEqualTo("payload.lines[0].add.name must not be blank");
        assertThat(r.entity()).isEqualTo("order");
        assertThat(r.rejectedAtMs()).isPositive();

        placeOrders(1);
        conv.onLocalWrite();
        assertThat(seqs(last())).containsExactly(4L);
        assertThat(sent.stream().filter(m -> m instanceof Push).flatMap(m -> ((Push) m).entries().stream())
                .filter(e -> e.seq() == 2)).hasSize(1);
        assertThat(drops).isEmpty();
    }

    @Test
    void aWelcomeAboveOurLastAckAppliesTheRejectionsOfTheLostAck() {
        placeOrders(3);
        OutboxEntry third = store.syncLog().pendingAfter(0, 10).get(2);
        conv.open();
        conv.onMessage(new Welcome("e", 0, 3, 0, List.of(new Rejection(3, third.entryId(),
                ErrorCode.RECORD_TOO_LARGE, "the order's record would exceed 4194304 characters"))));
        assertThat(store.pendingCount()).isZero();
        assertThat(store.rejectedCount()).isEqualTo(1);
        assertThat(store.rejectedEntries(10)).extracting(RejectedEntry::seq).containsExactly(3L);
        conv.onMessage(new Changes(0, List.of()));
        assertThat(sent.stream().filter(m -> m instanceof Push)).isEmpty();
    }

    @Test
    void aRejectionNamingAnotherEntryUnderThatSeqChangesNothingButTheAck() {
        placeOrders(2);
        idleOnline();
        conv.onMessage(new Ack(2, List.of(new Rejection(1, java.util.UUID.randomUUID(), ErrorCode.INVALID_PAYLOAD,
                "x"))));
        assertThat(store.rejectedCount()).isZero();
        assertThat(store.pendingCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = ErrorCode.class, names = {"INTERNAL_ERROR", "SERVER_UNAVAILABLE"})
    void aRetryableRefusalOfAPushKeepsTheEntriesAndSendsThemAgainAfterAWait(ErrorCode code) {
        placeOrders(1);
        idleOnline();
        conv.onMessage(new ErrorMessage(code, "database unreachable"));
        assertThat(drops).isEmpty();
        assertThat(conv.permanentRefusal()).isEmpty();
        int pushes = pushCount();
        now.addAndGet(999);
        conv.onTick();
        assertThat(pushCount()).isEqualTo(pushes);
        now.addAndGet(1);
        conv.onTick();
        assertThat(pushCount()).isEqualTo(pushes + 1);
        assertThat(store.pendingCount()).isEqualTo(1);
    }

    @Test
    void aSequenceGapReconnects() {
        placeOrders(1);
        idleOnline();
        conv.onMessage(new ErrorMessage(ErrorCode.SEQUENCE_GAP, "expected seq 7"));
        assertThat(drops).hasSize(1);
        assertThat(conv.permanentRefusal()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ErrorCode.class, names = {"BATCH_TOO_LARGE", "INVALID_FIELD", "FRAME_TOO_LARGE"})
    void aPermanentRefusalOfAPushIsShownAndHoldsTheOutboxLongWithoutAReconnectLoop(ErrorCode code) {
        placeOrders(2);
        idleOnline();
        int pushes = pushCount();
        conv.onMessage(new ErrorMessage(code, "entries[0].seq refused"));
        assertThat(drops).isEmpty();
        assertThat(conv.lastError()).isEqualTo(code + ": entries[0].seq refused");
        assertThat(conv.permanentRefusal()).contains(code);
        for (int i = 0; i < 299; i++) {
            now.addAndGet(100);
            conv.onTick();
        }
        assertThat(pushCount()).isEqualTo(pushes);
        now.addAndGet(100);
        conv.onTick();
        assertThat(pushCount()).isEqualTo(pushes + 1);
        assertThat(store.pendingCount()).isEqualTo(2);
        assertThat(store.rejectedCount()).isZero();

        conv.onMessage(new Ack(2));
        assertThat(conv.permanentRefusal()).isEmpty();
        assertThat(conv.lastError()).isNull();
    }

    @Test
    void aPermanentRefusalOfAPullDropsTheLinkForTheLongWait() {
        conv.open();
        conv.onMessage(new Welcome("e", 0, 0, 5));
        conv.onMessage(new ErrorMessage(ErrorCode.INVALID_FIELD, "limit out of range"));
        assertThat(drops).hasSize(1);
        assertThat(conv.permanentRefusal()).contains(ErrorCode.INVALID_FIELD);
    }

    @Test
    void aRefusalAlreadyReportedOnAnEarlierConnectionIsNotReportedAgainUntilAnAckClearsIt() {
        conv.open();
        conv.onMessage(new Welcome("e", 0, 0, 5));
        conv.onMessage(new ErrorMessage(ErrorCode.INVALID_FIELD, "limit out of range"));
        assertThat(conv.reportedRefusal()).contains(ErrorCode.INVALID_FIELD);

        SyncConversation next = newConversation();
        next.alreadyReported(conv.reportedRefusal().orElse(null));
        placeOrders(1);
        next.open();
        next.onMessage(new Welcome("e", 0, 0, 0));
        next.onMessage(new Changes(0, List.of()));
        next.onMessage(new Ack(1));
        assertThat(next.reportedRefusal()).isEmpty();
        assertThat(next.permanentRefusal()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ErrorCode.class, names = {"JSON_TOO_DEEP", "INVALID_TEXT", "BINARY_FRAME",
            "NUMBER_OUT_OF_RANGE", "UNSUPPORTED_VERSION"})
    void aConnectionClosingCodeIsHandledAsAClose(ErrorCode code) {
        idleOnline();
        conv.onMessage(new ErrorMessage(code, "session ended"));
        assertThat(drops).hasSize(1);
        assertThat(conv.permanentRefusal()).contains(code);
    }

    @Test
    void aNoticeNotAnsweringAnyRequestChangesNothing() {
        idleOnline();
        conv.onMessage(new ErrorMessage(ErrorCode.MALFORMED_JSON, "not JSON"));
        assertThat(drops).isEmpty();
        assertThat(conv.permanentRefusal()).isEmpty();
    }

    @Test
    void aServerFrameOfSeveralMegabytesIsApplied() {
        conv.open();
        conv.onMessage(new Welcome("e", 0, 0, 400));
        List<ChangeRecord> records = new ArrayList<>();
        for (int seq = 1; seq <= 400; seq++) {
            records.add(remote(seq, 20, "Hummus " + "x".repeat(190)));
        }
        String frame = ProtocolCodec.encode(new Changes(400, records));
        assertThat(frame.length()).isBetween(ProtocolCodec.MAX_FRAME_CHARS + 1, ProtocolCodec.MAX_SERVER_FRAME_CHARS);
        conv.onFrame(frame);
        assertThat(store.state().cursor()).isEqualTo(400);
        assertThat(store.orders().all()).hasSize(400);
    }

    @Test
    void catchUpPullsPagesSmallerThanTheLimitUntilAMovingHeadIsReachedThenPushes() {
        placeOrders(1);
        conv.open();
        conv.onMessage(new Welcome("e", 0, 0, 4));
        conv.onMessage(new Changes(4, List.of(remote(1, "Hummus"))));
        conv.onMessage(new Changes(6, List.of(remote(2, "Hummus"), remote(3, "Hummus"))));
        assertThat(sent.stream().filter(m -> m instanceof Push)).isEmpty();
        conv.onMessage(new Changes(6, List.of(remote(4, "Hummus"), remote(5, "Hummus"))));
        assertThat(conv.progress()).hasValueSatisfying(p -> assertThat(p.total()).isEqualTo(6));
        assertThat(sent.stream().filter(m -> m instanceof Push)).isEmpty();
        conv.onMessage(new Changes(6, List.of(remote(6, "Hummus"))));
        assertThat(store.state().cursor()).isEqualTo(6);
        assertThat(seqs(last())).containsExactly(1L);
    }

    private void placeOrders(int n) {
        for (int i = 0; i < n; i++) {
            store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        }
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

    private static ChangeRecord remote(long seq, String name) {
        return remote(seq, 1, name);
    }

    /** An order from another till with {@code lines} lines, each named {@code name} (at most 200 characters). */
    private static ChangeRecord remote(long seq, int lines, String name) {
        TerminalId other = TerminalId.random();
        Stamp stamp = new Stamp(seq, other.value(), 1);
        List<LineAdd> adds = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            adds.add(new LineAdd(new OrderLine(OrderLineId.random(), HUMMUS, name, 1,
                    Money.of(550, Currency.USD)), null, stamp));
        }
        OrderState o = OrderState.open(OrderId.random(), new OrderBirth(BRANCH, other, Currency.USD, seq), null, 0,
                adds, stamp);
        return new ChangeRecord(seq, "order", o.id().toString(), other, seq, OrderStateJson.encode(o, Currency.USD));
    }
}
