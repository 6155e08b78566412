package cedarpos.server.sync;

import cedarpos.server.testing.ManagerApiIT;
import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.KIBBEH_NAYYEH;
import static cedarpos.server.testing.DemoBranch.KOFTA;
import static cedarpos.server.testing.DemoBranch.TABLE_2;
import static cedarpos.server.testing.DemoBranch.adjustStock;
import static cedarpos.server.testing.DemoBranch.push;
import static cedarpos.server.testing.DemoBranch.tableStatus;
import static cedarpos.server.testing.DemoBranch.withPayload;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.StockItemId;
import cedarpos.domain.TableId;
import cedarpos.domain.TableStatus;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.StockAdjustment.Reason;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.StockAdjustmentJson;
import cedarpos.protocol.v1.TableStateJson;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Table status registers and the stock ledger through push, pull and the manager API. */
class TableAndStockIT extends ManagerApiIT {

    private static SyncClient connected(Enrolled t) {
        SyncClient c = SyncClient.connect(server.wsUrl(), t.token());
        c.send(t.hello(0, 0));
        c.next(Welcome.class);
        c.next(Catalog.class);
        return c;
    }

    @Test
    void aStaleTableStatusFromATillThatWasOfflineDoesNotBeatANewerOne() {
        Enrolled a = admin.enrollNew(ID, "till A");
        Enrolled b = admin.enrollNew(ID, "till B");
        long t0 = System.currentTimeMillis() - 600_000;
        try (SyncClient tillA = connected(a); SyncClient tillB = connected(b)) {
            tillB.send(push(tableStatus(b.terminalId(), 1, t0 + 300_000, TABLE_2, TableStatus.OCCUPIED)));
            assertThat(tillB.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            tillB.next(Changes.class);
            tillA.next(Changes.class);
            assertThat(table(TABLE_2).getString("status")).isEqualTo("OCCUPIED");

            // A set it free five minutes earlier, offline; its change arrives now and loses
            tillA.send(push(tableStatus(a.terminalId(), 1, t0, TABLE_2, TableStatus.AVAILABLE)));
            assertThat(tillA.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            ChangeRecord record = tillA.next(Changes.class).records().get(0);
            assertThat(record.entity()).isEqualTo("table");
            var after = TableStateJson.decode(record.payload());
            assertThat(after.value()).isEqualTo(TableStatus.OCCUPIED);
            assertThat(after.status().stamp().origin()).isEqualTo(b.terminalId().value());
        } catch (cedarpos.protocol.v1.ProtocolException e) {
            throw new AssertionError(e);
        }
        JsonObject t2 = table(TABLE_2);
        assertThat(t2.getString("status")).isEqualTo("OCCUPIED");
        assertThat(t2.getString("statusStamp")).isEqualTo(t0 + 300_000 + ":" + b.terminalId() + ":1");
        assertThat(table(TableId.parse("c0000000-0000-4000-8000-000000000005")).isNull("statusStamp")).isTrue();
    }

    @Test
    void anAdjustmentSentTwiceCountsOnceAndAManagersAdjustmentReachesTheTills() {
        Enrolled e = admin.enrollNew(ID, "kitchen");
        TerminalId t = e.terminalId();
        long before = level(KOFTA);
        UUID id = UUID.randomUUID();
        long now = System.currentTimeMillis();
        OutboxEntry delivery = adjustStock(t, 1, now, id, KOFTA, Reason.DELIVERY, 40);
        try (SyncClient c = connected(e)) {
            c.send(push(delivery));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            assertThat(c.next(Changes.class).records().get(0).entity()).isEqualTo("stock");
            long head = admin.changeHead(ID);
            // the same entry again (its ack was lost): acked, not counted twice
            c.send(push(delivery));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            c.expectSilence(Duration.ofMillis(300));
            assertThat(admin.changeHead(ID)).isEqualTo(head);
            assertThat(level(KOFTA)).isEqualTo(before + 40);

            HttpResponse<String> made = admin.adjustStock(ID, "{\"stockItemId\":\"" + KOFTA
                    + "\",\"reason\":\"WASTE\",\"delta\":-3,\"note\":\"dropped\"}");
            JsonObject adjustment = ServerApi.expect(201, "adjust stock", made);
            ChangeRecord record = c.next(Changes.class).records().get(0);
            assertThat(record.origin().value()).isEqualTo(Operations.SERVER_ORIGIN);
            assertThat(StockAdjustmentJson.decode(record.payload()).delta()).isEqualTo(-3);
            assertThat(record.recordId()).isEqualTo(adjustment.getString("id"));
            assertThat(level(KOFTA)).isEqualTo(before + 37);
            assertThat(admin.stockAdjustments(ID).getValuesAs(JsonObject.class))
                    .anyMatch(x -> x.getString("id").equals(adjustment.getString("id")));

            assertThat(admin.adjustStock(ID, "{\"stockItemId\":\"" + KOFTA + "\",\"reason\":\"WASTE\",\"delta\":3}")
                    .statusCode()).isEqualTo(400);
            assertThat(admin.adjustStock(ID, "{\"stockItemId\":\"" + UUID.randomUUID()
                    + "\",\"reason\":\"COUNT\",\"delta\":3}").statusCode()).isEqualTo(400);
            assertThat(admin.adjustStock(ID, "{\"reason\":\"COUNT\",\"delta\":3}").statusCode()).isEqualTo(400);
            assertThat(admin.adjustStock(ID, "{\"stockItemId\":\"" + KOFTA + "\",\"reason\":\"SALE\",\"delta\":-3}")
                    .statusCode()).as("sales come from settled checks only").isEqualTo(400);
            // the waste and the balance it left
            assertThat(admin.changeHead(ID)).isEqualTo(head + 2);
        } catch (cedarpos.protocol.v1.ProtocolException ex) {
            throw new AssertionError(ex);
        }
        assertThat(admin.stock(ID)).hasSize(4);
        assertThat(admin.get("/api/branches/" + cedarpos.domain.BranchId.random() + "/stock").statusCode())
                .isEqualTo(404);
    }

    @Test
    void badTableAndStockEntriesAreRefusedWithInvalidPayloadAndWriteNothing() {
        Enrolled e = admin.enrollNew(ID, "till");
        TerminalId t = e.terminalId();
        long now = System.currentTimeMillis();
        try (SyncClient c = connected(e)) {
            long head = admin.changeHead(ID);
            String t2 = table(TABLE_2).toString();
            long kibbeh = level(KIBBEH_NAYYEH);
            // each bad entry is rejected (acked, consuming its seq) and writes nothing; the good count is seq 8
            // a table of no branch of ours; a status stamped as another till's; a record id that is not the table
            c.send(push(tableStatus(t, 1, now, TableId.random(), TableStatus.OCCUPIED)));
            assertThat(c.expectRejection(ErrorCode.INVALID_PAYLOAD).message()).contains("not a table");
            OutboxEntry other = tableStatus(TerminalId.random(), 2, now, TABLE_2, TableStatus.CLEANING);
            c.send(push(other));
            c.expectRejection(ErrorCode.INVALID_PAYLOAD);
            OutboxEntry mine = tableStatus(t, 3, now, TABLE_2, TableStatus.CLEANING);
            c.send(push(new OutboxEntry(mine.entryId(), 3, "table", TableId.random().toString(), "status", now,
                    mine.payload())));
            c.expectRejection(ErrorCode.INVALID_PAYLOAD);
            OutboxEntry onFire = tableStatus(t, 4, now, TABLE_2, TableStatus.CLEANING);
            c.send(push(withPayload(onFire, Json.createObjectBuilder(onFire.payload()).add("status",
                    Json.createObjectBuilder().add("v", "ON_FIRE").add("s", now + ":" + t + ":4")).build())));
            c.expectRejection(ErrorCode.INVALID_PAYLOAD);

            // an item of no branch of ours; waste that adds; a stamp not the entry's; an id reused with other content
            c.send(push(adjustStock(t, 5, now, UUID.randomUUID(), StockItemId.random(), Reason.COUNT, 2)));
            assertThat(c.expectRejection(ErrorCode.INVALID_PAYLOAD).message()).contains("not a stock item");
            UUID countId = UUID.randomUUID();
            OutboxEntry adding = adjustStock(t, 6, now, countId, KIBBEH_NAYYEH, Reason.COUNT, 2);
            c.send(push(withPayload(adding, Json.createObjectBuilder(adding.payload()).add("reason", "WASTE")
                    .build())));
            c.expectRejection(ErrorCode.INVALID_PAYLOAD);
            OutboxEntry misstamped = adjustStock(t, 7, now, countId, KIBBEH_NAYYEH, Reason.COUNT, 2);
            c.send(push(withPayload(misstamped, Json.createObjectBuilder(misstamped.payload())
                    .add("s", now + ":" + t + ":9").build())));
            c.expectRejection(ErrorCode.INVALID_PAYLOAD);
            OutboxEntry count = adjustStock(t, 8, now, countId, KIBBEH_NAYYEH, Reason.COUNT, 2);
            c.send(push(count));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(8);
            c.next(Changes.class);
            OutboxEntry reused = adjustStock(t, 9, now, countId, KIBBEH_NAYYEH, Reason.COUNT, 5);
            c.send(push(reused));
            assertThat(c.expectRejection(ErrorCode.INVALID_PAYLOAD).message()).contains("other content");
            c.send(push(new OutboxEntry(UUID.randomUUID(), 10, "stock", count.recordId(), "delete", now,
                    count.payload())));
            c.expectRejection(ErrorCode.UNKNOWN_OPERATION);
            // a sale is the server's record of a settled check, never a terminal's
            OutboxEntry sale = adjustStock(t, 11, now, UUID.randomUUID(), KIBBEH_NAYYEH, Reason.SALE, -1);
            assertThat(c.expectRejectionAfter(push(sale), ErrorCode.INVALID_PAYLOAD).message()).contains("SALE");
            // nor are reservation decisions and balances: the server makes them
            c.send(push(new OutboxEntry(UUID.randomUUID(), 12, "reservation", count.recordId(), "decide", now,
                    count.payload())));
            c.expectRejection(ErrorCode.UNKNOWN_OPERATION);

            // the count and the balance it left
            assertThat(admin.changeHead(ID)).isEqualTo(head + 2);
            assertThat(table(TABLE_2).toString()).isEqualTo(t2);
            assertThat(level(KIBBEH_NAYYEH)).isEqualTo(kibbeh + 2);
        }
    }

    private static JsonObject table(TableId id) {
        return admin.tables(ID).getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("id").equals(id.toString())).findFirst().orElseThrow();
    }

    private static long level(StockItemId item) {
        return admin.stock(ID).getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("id").equals(item.toString())).findFirst().orElseThrow()
                .getJsonNumber("level").longValue();
    }
}
