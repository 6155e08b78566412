package cedarpos.server.order;

import cedarpos.server.testing.ManagerApiIT;
import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.editQuantity;
import static cedarpos.server.testing.DemoBranch.entry;
import static cedarpos.server.testing.DemoBranch.open;
import static cedarpos.server.testing.DemoBranch.order;
import static cedarpos.server.testing.DemoBranch.push;
import static cedarpos.server.testing.DemoBranch.stamp;
import static cedarpos.server.testing.DemoBranch.state;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.Conflict;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.Pull;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.NewOrder;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Two tills edit one line without seeing each other: the review queue, a manager's resolution, everyone's copy. */
class ConflictIT extends ManagerApiIT {

    private static SyncClient connected(Enrolled t, long cursor) {
        SyncClient c = SyncClient.connect(server.wsUrl(), t.token());
        c.send(t.hello(0, cursor));
        c.next(Welcome.class);
        c.next(Catalog.class);
        return c;
    }

    @Test
    void concurrentQuantityEditsAreQueuedForReviewAndAManagersChoiceReachesEveryTill() {
        Enrolled enrolledA = admin.enrollNew(ID, "till A");
        Enrolled enrolledB = admin.enrollNew(ID, "till B");
        TerminalId a = enrolledA.terminalId();
        TerminalId b = enrolledB.terminalId();
        long t0 = System.currentTimeMillis();
        NewOrder o = order(a, 1);
        OrderId orderId = o.id();
        OrderLineId lineId = o.lines().get(0).id();
        Stamp added = stamp(a, 1, t0);
        Stamp editA = stamp(a, 2, t0 + 1_000);
        Stamp editB = stamp(b, 1, t0 + 2_000);
        try (SyncClient tillA = connected(enrolledA, 0); SyncClient tillB = connected(enrolledB, 0)) {
            tillA.send(push(open(1, o, t0)));
            assertThat(tillA.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            tillA.next(Changes.class);
            tillB.next(Changes.class);

            // both saw only the add when they changed the quantity
            tillA.send(push(editQuantity(a, 2, t0 + 1_000, orderId, lineId, Set.of(added), 3)));
            assertThat(tillA.next(Ack.class).lastAppliedSeq()).isEqualTo(2);
            tillA.next(Changes.class);
            tillB.next(Changes.class);
            tillB.send(push(editQuantity(b, 1, t0 + 2_000, orderId, lineId, Set.of(added), 5)));
            assertThat(tillB.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            MergedOrder flagged = state(tillB.next(Changes.class).records().get(0).payload()).requireMerged();
            assertThat(tillA.next(Changes.class).records()).hasSize(1);
            assertThat(flagged.conflicts()).hasSize(1);

            JsonObject conflict = single(admin.conflicts(ID, "open"), orderId);
            assertThat(conflict.getString("kind")).isEqualTo("CONCURRENT_EDIT");
            assertThat(conflict.getString("field")).isEqualTo("quantity");
            assertThat(conflict.getString("lineId")).isEqualTo(lineId.toString());
            assertThat(conflict.getString("key")).isEqualTo(flagged.conflicts().get(0).key());
            assertThat(conflict.getString("status")).isEqualTo("OPEN");
            assertThat(conflict.getJsonArray("versions").getValuesAs(JsonObject.class))
                    .extracting(v -> v.getString("stamp"), v -> v.getString("terminalId"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(editA.encode(), a.toString()),
                            org.assertj.core.groups.Tuple.tuple(editB.encode(), b.toString()));
            JsonObject shown = admin.order(ID, orderId.toString());
            JsonObject line = shown.getJsonArray("lines").getJsonObject(0);
            assertThat(line.getJsonArray("flags").getString(0)).isEqualTo("CONCURRENT_EDIT");
            assertThat(line.getInt("quantity")).isEqualTo(5); // the later change shows until a manager decides
            assertThat(line.isNull("voided")).isTrue();
            assertThat(shown.getJsonArray("conflicts")).hasSize(1);
            assertThat(admin.orders(ID).getValuesAs(JsonObject.class).stream()
                    .filter(x -> x.getString("id").equals(orderId.toString())).findFirst().orElseThrow()
                    .getInt("conflictCount")).isEqualTo(1);

            // refusals change nothing
            String id = conflict.getString("id");
            long head = admin.changeHead(ID);
            assertThat(admin.resolve(ID, id, "{\"choice\":\"MAYBE\"}").statusCode()).isEqualTo(400);
            assertThat(admin.resolve(ID, id, "{\"choice\":\"KEEP\"}").statusCode()).isEqualTo(400);
            HttpResponse<String> notAVersion = admin.resolve(ID, id, "{\"choice\":\"KEEP\",\"version\":\""
                    + added.encode() + "\"}");
            assertThat(notAVersion.statusCode()).isEqualTo(400);
            assertThat(ServerApi.json(notAVersion).getString("code")).isEqualTo("INVALID_RESOLUTION");
            assertThat(admin.resolve(ID, id, "{\"choice\":\"REJECT\"}").statusCode()).isEqualTo(400);
            assertThat(admin.resolve(ID, java.util.UUID.randomUUID().toString(), "{\"choice\":\"KEEP_BOTH\"}")
                    .statusCode()).isEqualTo(404);
            assertThat(admin.changeHead(ID)).isEqualTo(head);
            assertThat(single(admin.conflicts(ID, "open"), orderId).getString("id")).isEqualTo(id);
            tillA.expectSilence(Duration.ofMillis(300));

            // the manager keeps A's quantity
            JsonObject resolved = ServerApi.expect(200, "resolve", admin.resolve(ID, id,
                    "{\"choice\":\"KEEP\",\"version\":\"" + editA.encode() + "\"}"));
            assertThat(resolved.getString("status")).isEqualTo("RESOLVED");
            assertThat(resolved.getString("resolvedBy")).isEqualTo(ItServers.ADMIN_USER);
            assertThat(resolved.getJsonObject("resolution").getString("choice")).isEqualTo("KEEP");
            ChangeRecord toA = tillA.next(Changes.class).records().get(0);
            ChangeRecord toB = tillB.next(Changes.class).records().get(0);
            assertThat(toB).isEqualTo(toA);
            assertThat(toA.seq()).isEqualTo(head + 1);
            assertThat(toA.origin().value()).isEqualTo(Operations.SERVER_ORIGIN);
            MergedOrder after = state(toA.payload()).requireMerged();
            assertThat(after.conflicts()).isEmpty();
            assertThat(after.lines().get(0).line().quantity()).isEqualTo(3);
            assertThat(after.lines().get(0).flags()).isEmpty();

            JsonObject now = admin.order(ID, orderId.toString());
            assertThat(state(now.getJsonObject("state"))).isEqualTo(state(toA.payload()));
            assertThat(now.getJsonArray("lines").getJsonObject(0).getJsonArray("flags")).isEmpty();
            assertThat(now.getJsonNumber("totalMinor").longValue()).isEqualTo(3 * 250);
            assertThat(admin.conflicts(ID, "open").getValuesAs(JsonObject.class))
                    .noneMatch(c -> c.getString("orderId").equals(orderId.toString()));
            assertThat(single(admin.conflicts(ID, "resolved"), orderId).getString("id")).isEqualTo(id);

            // a till connecting afterwards pulls the same state
            try (SyncClient tillC = connected(admin.enrollNew(ID, "till C"), 0)) {
                tillC.send(new Pull(0, 1000));
                List<ChangeRecord> all = tillC.next(Changes.class).records();
                ChangeRecord latest = all.stream().filter(r -> r.recordId().equals(orderId.toString()))
                        .reduce((x, y) -> y).orElseThrow();
                assertThat(latest).isEqualTo(toA);
            }

            HttpResponse<String> again = admin.resolve(ID, id, "{\"choice\":\"KEEP\",\"version\":\""
                    + editB.encode() + "\"}");
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(ServerApi.json(again).getString("code")).isEqualTo("CONFLICT_NOT_OPEN");
            assertThat(admin.changeHead(ID)).isEqualTo(head + 1);
        }
    }

    @Test
    void aLateEditOfAPaidCheckIsQueuedAndAReopeningClosesItWithoutAManager() {
        Enrolled enrolledA = admin.enrollNew(ID, "till A");
        Enrolled enrolledB = admin.enrollNew(ID, "till B");
        TerminalId a = enrolledA.terminalId();
        TerminalId b = enrolledB.terminalId();
        long t0 = System.currentTimeMillis();
        NewOrder o = order(a, 1);
        OrderLineId lineId = o.lines().get(0).id();
        Stamp added = stamp(a, 1, t0);
        JsonObject conflict;
        try (SyncClient tillA = connected(enrolledA, 0); SyncClient tillB = connected(enrolledB, 0)) {
            tillA.send(push(open(1, o, t0)));
            assertThat(tillA.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            OrderState opened = state(tillA.next(Changes.class).records().get(0).payload());
            tillA.send(push(entry(2, Operations.SETTLE, opened.settle(o.totalMinor(), stamp(a, 2, t0 + 1)),
                    t0 + 1)));
            assertThat(ack(tillA)).isEqualTo(2);
            // B had not seen the payment
            tillB.send(push(editQuantity(b, 1, t0 + 2, o.id(), lineId, Set.of(added), 4)));
            assertThat(ack(tillB)).isEqualTo(1);
            conflict = single(admin.conflicts(ID, "open"), o.id());
            assertThat(conflict.getString("kind")).isEqualTo("LATE_FOR_SETTLED");
            assertThat(admin.order(ID, o.id().toString()).getString("status")).isEqualTo("SETTLED");

            // the cashier reopens the check: nothing paid is guarded any more, the queue row closes
            tillA.send(push(entry(3, Operations.REOPEN, OrderState.reopened(o.id(), stamp(a, 3, t0 + 3)), t0 + 3)));
            assertThat(ack(tillA)).isEqualTo(3);
        }
        JsonObject closed = single(admin.conflicts(ID, "all"), o.id());
        assertThat(closed.getString("id")).isEqualTo(conflict.getString("id"));
        assertThat(closed.getString("status")).isEqualTo("RESOLVED");
        assertThat(closed.getString("resolvedBy")).isEqualTo("merge");
        assertThat(closed.isNull("resolution")).isTrue();
        JsonObject shown = admin.order(ID, o.id().toString());
        assertThat(shown.getString("status")).isEqualTo("OPEN");
        assertThat(shown.getJsonArray("lines").getJsonObject(0).getInt("quantity")).isEqualTo(4);
        assertThat(state(shown.getJsonObject("state")).requireMerged().conflicts()).isEmpty();
    }

    @Test
    void theReviewQueueRefusesAnUnknownStatusFilter() {
        assertThat(admin.get("/api/branches/" + ID + "/conflicts?status=maybe").statusCode()).isEqualTo(400);
        assertThat(admin.get("/api/branches/" + ID + "/conflicts").statusCode()).isEqualTo(200);
        assertThat(Conflict.Kind.values()).isNotEmpty();
    }

    /** The next ack's seq, past the broadcasts of other tills' changes. */
    private static long ack(SyncClient c) {
        while (true) {
            if (c.next() instanceof Ack a) {
                return a.lastAppliedSeq();
            }
        }
    }

    /** The one conflict of the order in the list. */
    private static JsonObject single(JsonArray conflicts, OrderId orderId) {
        List<JsonObject> mine = conflicts.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("orderId").equals(orderId.toString())).toList();
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }
}
