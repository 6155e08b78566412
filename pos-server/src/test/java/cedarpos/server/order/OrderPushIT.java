package cedarpos.server.order;

import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.addLines;
import static cedarpos.server.testing.DemoBranch.editQuantity;
import static cedarpos.server.testing.DemoBranch.entry;
import static cedarpos.server.testing.DemoBranch.line;
import static cedarpos.server.testing.DemoBranch.open;
import static cedarpos.server.testing.DemoBranch.order;
import static cedarpos.server.testing.DemoBranch.push;
import static cedarpos.server.testing.DemoBranch.stamp;
import static cedarpos.server.testing.DemoBranch.state;
import static cedarpos.server.testing.DemoBranch.withPayload;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.OrderLine;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.Rejection;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.NewOrder;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Order entries of every operation against the real server: what is merged, what is refused. */
class OrderPushIT {
    private static PayaraServer server;
    private static ServerApi api;

    @BeforeAll
    static void startServer() {
        server = ItServers.demoOnH2(ItServers.workDir("OrderPushIT")).build().start();
        api = ItServers.admin(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private static Enrolled enroll() {
        return api.enrollNew(ID, "till");
    }

    private static SyncClient connected(Enrolled terminal) {
        SyncClient c = SyncClient.connect(server.wsUrl(), terminal.token());
        c.send(terminal.hello(0, 0));
        c.next(Welcome.class);
        c.next(Catalog.class);
        return c;
    }

    @Test
    void aLaterEntryForTheSameOrderAddsItsLinesAndKeepsTheHeader() {
        Enrolled e = enroll();
        TerminalId t = e.terminalId();
        NewOrder first = order(t, 1);
        try (SyncClient c = connected(e)) {
            c.send(push(entry(1, first), addLines(t, 2, System.currentTimeMillis(), first.id(), line(900))));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(2);
            Changes changes = c.next(Changes.class);
            assertThat(changes.records()).hasSize(2);
            var reconciled = state(changes.records().get(1).payload()).requireMerged();
            assertThat(reconciled.lines()).hasSize(2);
            assertThat(reconciled.status()).isEqualTo(cedarpos.domain.OrderStatus.OPEN);
            assertThat(reconciled.tableId()).isEqualTo(first.tableId());
        }
        JsonObject stored = api.order(ID, first.id().toString());
        assertThat(stored.getJsonArray("lines")).hasSize(2);
        assertThat(stored.getString("status")).isEqualTo("OPEN");
        assertThat(stored.getJsonNumber("totalMinor").longValue()).isEqualTo(250 + 900);
    }

    @Test
    void aStoredOrderKeepsItsLinesInOrderAndItsLineIdsCannotBeReusedByALaterPush() {
        Enrolled e = enroll();
        TerminalId t = e.terminalId();
        NewOrder first = order(t, 3);
        OrderLine added = line(900);
        // a new order taking a line id a stored order (written by an earlier push) already holds
        NewOrder clash = new NewOrder(cedarpos.domain.OrderId.random(), ID, null, t, cedarpos.domain.Currency.USD,
                1L, 0, List.of(first.lines().get(1)));
        try (SyncClient c = connected(e)) {
            c.send(push(entry(1, first)));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            c.next(Changes.class);
            long now = System.currentTimeMillis();

            c.send(push(addLines(t, 2, now, first.id(), added), entry(3, clash)));
            Rejection clashed = c.expectRejection(ErrorCode.INVALID_PAYLOAD);
            assertThat(clashed.message()).contains("entries[1]").contains(first.lines().get(1).id().toString());
            assertThat(clashed.seq()).isEqualTo(3);
            // changed by design (issue 14): the add of the same push is applied, only the clashing order is rejected
            var reconciled = state(c.next(Changes.class).records().get(0).payload()).requireMerged();
            // lines of one entry share its stamp and show in line id order; later entries' lines come after
            List<OrderLine> shown = reconciled.lines().stream().map(l -> l.line()).toList();
            assertThat(shown.subList(0, 3)).containsExactlyInAnyOrderElementsOf(first.lines());
            assertThat(shown.get(3)).isEqualTo(added);
            assertThat(api.order(ID, clash.id().toString())).isNull();
            long head = api.changeHead(ID);

            // the same line id added again under another stamp is another line add: rejected, not merged
            c.send(push(addLines(t, 4, now, first.id(), first.lines().get(2))));
            assertThat(c.expectRejection(ErrorCode.INVALID_PAYLOAD).message()).contains("entries[0]")
                    .contains("other content");
            assertThat(api.changeHead(ID)).isEqualTo(head);
            assertThat(api.order(ID, first.id().toString()).getJsonArray("lines")).hasSize(4);
        }
        assertThat(api.order(ID, first.id().toString()).getJsonArray("lines")).hasSize(4);
    }

    @Test
    void anEditThatArrivesBeforeItsOrderIsKeptAndShownOnceTheOrderOpens() {
        Enrolled e = enroll();
        TerminalId t = e.terminalId();
        long t0 = System.currentTimeMillis();
        NewOrder o = order(t, 1);
        OrderLine first = o.lines().get(0);
        try (SyncClient c = connected(e)) {
            // as after a server restore: the edit (seq 1) is resent, the open (made earlier) arrives with seq 2
            c.send(push(editQuantity(t, 1, t0 + 10, o.id(), first.id(), Set.of(stamp(t, 2, t0)), 4)));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            assertThat(c.next(Changes.class).records()).hasSize(1);
            assertThat(api.order(ID, o.id().toString())).isNull();
            assertThat(api.orders(ID).getValuesAs(JsonObject.class))
                    .noneMatch(x -> x.getString("id").equals(o.id().toString()));

            c.send(push(open(2, o, t0)));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(2);
            OrderState whole = state(c.next(Changes.class).records().get(0).payload());
            assertThat(whole.requireMerged().lines().get(0).line().quantity()).isEqualTo(4);
        }
        JsonObject shown = api.order(ID, o.id().toString());
        assertThat(shown.getJsonArray("lines").getJsonObject(0).getInt("quantity")).isEqualTo(4);
        assertThat(shown.getJsonNumber("totalMinor").longValue()).isEqualTo(4 * first.unitPrice().minor());
    }

    @Test
    void orderEntriesThatBreakTheirOperationsRulesAreRefusedAndWriteNothing() {
        Enrolled e = enroll();
        TerminalId t = e.terminalId();
        long t0 = System.currentTimeMillis();
        NewOrder o = order(t, 1);
        OrderLine first = o.lines().get(0);
        Stamp added = stamp(t, 1, t0);
        try (SyncClient c = connected(e)) {
            c.send(push(open(1, o, t0)));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            c.next(Changes.class);
            long head = api.changeHead(ID);
            JsonObject before = api.order(ID, o.id().toString());

            // each bad entry is rejected (acked, consuming its seq: 2..7) and writes nothing
            // a change stamped as another terminal's, or with another seq than its entry's
            OutboxEntry forged = editQuantity(TerminalId.random(), 2, t0 + 1, o.id(), first.id(), Set.of(added), 2);
            c.send(push(new OutboxEntry(forged.entryId(), 2, forged.entity(), forged.recordId(), forged.operation(),
                    forged.eventTimeMs(), forged.payload())));
            assertThat(c.expectRejection(ErrorCode.INVALID_PAYLOAD).message()).startsWith("entries[0]: ")
                    .contains("entry's stamp");
            OutboxEntry otherSeq = editQuantity(t, 7, t0 + 1, o.id(), first.id(), Set.of(added), 2);
            c.send(push(new OutboxEntry(otherSeq.entryId(), 3, otherSeq.entity(), otherSeq.recordId(),
                    otherSeq.operation(), otherSeq.eventTimeMs(), otherSeq.payload())));
            c.expectRejection(ErrorCode.INVALID_PAYLOAD);
            // a till cannot slip in a manager's resolution, nor void through editLine
            c.send(push(entry(4, Operations.EDIT_LINE, OrderState.withEdit(o.id(), first.id(), new LineEdit(
                    stamp(t, 4, t0 + 1), Set.of(added), 2, null, null, false, false, true)), t0 + 1)));
            assertThat(c.expectRejection(ErrorCode.INVALID_PAYLOAD).message()).contains("cannot resolve");
            // an open carrying a second birth, a settle that is really a header change
            c.send(push(entry(5, Operations.SETTLE, OrderState.withGuests(o.id(), 3, stamp(t, 5, t0 + 1)), t0 + 1)));
            c.expectRejection(ErrorCode.INVALID_PAYLOAD);
            // the branch's currency only
            OutboxEntry openAt6 = open(6, order(t, 1), t0);
            JsonObject inPounds = Json.createObjectBuilder(openAt6.payload()).add("currency", "LBP").build();
            c.send(push(withPayload(openAt6, inPounds)));
            assertThat(c.expectRejection(ErrorCode.INVALID_PAYLOAD).message()).contains("currency");
            // an operation no till has
            OutboxEntry merge = editQuantity(t, 7, t0 + 1, o.id(), first.id(), Set.of(added), 2);
            c.send(push(new OutboxEntry(merge.entryId(), 7, "order", merge.recordId(), "merge", merge.eventTimeMs(),
                    merge.payload())));
            c.expectRejection(ErrorCode.UNKNOWN_OPERATION);

            assertThat(api.changeHead(ID)).isEqualTo(head);
            assertThat(api.order(ID, o.id().toString())).isEqualTo(before);
            c.send(push(editQuantity(t, 8, t0 + 1, o.id(), first.id(), Set.of(added), 2)));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(8);
        }
        assertThat(api.order(ID, o.id().toString()).getJsonArray("lines").getJsonObject(0).getInt("quantity"))
                .isEqualTo(2);
        assertThat(DemoBranch.TABLES).isEqualTo(api.tables(ID).size());
    }
}
