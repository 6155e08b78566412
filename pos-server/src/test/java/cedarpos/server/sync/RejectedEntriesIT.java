package cedarpos.server.sync;

import cedarpos.server.testing.ManagerApiIT;
import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.entry;
import static cedarpos.server.testing.DemoBranch.line;
import static cedarpos.server.testing.DemoBranch.order;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.OrderLine;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.Jsons;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.Push;
import cedarpos.protocol.v1.Rejection;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.SyncClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** An entry the server can never apply is rejected, and the 99 around it are applied (issue 14). */
class RejectedEntriesIT extends ManagerApiIT {
    private static final int ENTRIES = 100;
    private static final int BAD = 50;


    @Test
    void negativeEventTime() {
        rejectsOneOfAHundred((t, good) -> withEventTime(good, -5), ErrorCode.INVALID_PAYLOAD, "eventTimeMs");
    }

    @Test
    void unknownOperation() {
        rejectsOneOfAHundred((t, good) -> new OutboxEntry(good.entryId(), good.seq(), good.entity(), good.recordId(),
                "teleport", good.eventTimeMs(), good.payload()), ErrorCode.UNKNOWN_OPERATION, "teleport");
    }

    @Test
    void invalidPayloadField() {
        rejectsOneOfAHundred((t, good) -> new OutboxEntry(good.entryId(), good.seq(), good.entity(),
                UUID.randomUUID().toString(), good.operation(), good.eventTimeMs(), good.payload()),
                ErrorCode.INVALID_PAYLOAD, "recordId");
    }

    @Test
    void lineNameLongerThanTheColumn() {
        rejectsOneOfAHundred((t, good) -> entry(good.seq(), order(t, new OrderLine(OrderLineId.random(),
                DemoBranch.HUMMUS_DISH, "n".repeat(201), 1, Money.of(100, Currency.USD)))),
                ErrorCode.INVALID_PAYLOAD, "name");
    }

    @Test
    void dishNotOnTheBranchMenu() {
        rejectsOneOfAHundred((t, good) -> entry(good.seq(), order(t, line(300), new OrderLine(OrderLineId.random(),
                MenuItemId.random(), "Falafel", 1, Money.of(100, Currency.USD)))),
                ErrorCode.INVALID_PAYLOAD, "is not a dish of the menu");
    }

    @Test
    void reusedEntryId() {
        UUID used = UUID.randomUUID();
        // entry 1 of the push takes the id first; the bad one reuses it
        rejectsOneOfAHundred((t, good) -> new OutboxEntry(used, good.seq(), good.entity(), good.recordId(),
                good.operation(), good.eventTimeMs(), good.payload()), ErrorCode.INVALID_PAYLOAD, "entryId", used);
    }

    private static OutboxEntry withEventTime(OutboxEntry e, long atMs) {
        return new OutboxEntry(e.entryId(), e.seq(), e.entity(), e.recordId(), e.operation(), atMs, e.payload());
    }

    private void rejectsOneOfAHundred(BiFunction<TerminalId, OutboxEntry, OutboxEntry> spoil, ErrorCode code,
                                      String named) {
        rejectsOneOfAHundred(spoil, code, named, null);
    }

    private void rejectsOneOfAHundred(BiFunction<TerminalId, OutboxEntry, OutboxEntry> spoil, ErrorCode code,
                                      String named, UUID firstEntryId) {
        Enrolled till = admin.enrollNew(ID, "till");
        TerminalId t = till.terminalId();
        List<OutboxEntry> entries = new ArrayList<>();
        for (int seq = 1; seq <= ENTRIES; seq++) {
            OutboxEntry good = entry(seq, order(t, 2));
            if (seq == 1 && firstEntryId != null) {
                good = new OutboxEntry(firstEntryId, good.seq(), good.entity(), good.recordId(), good.operation(),
                        good.eventTimeMs(), good.payload());
            }
            entries.add(seq == BAD ? spoil.apply(t, good) : good);
        }
        OutboxEntry bad = entries.get(BAD - 1);
        int ordersBefore = admin.orders(ID).size();
        try (SyncClient c = SyncClient.connect(server.wsUrl(), till.token())) {
            c.send(till.hello(0, 0));
            c.next(Welcome.class);
            c.next(Catalog.class);
            c.send(new Push(entries));
            Ack ack = c.next(Ack.class);
            assertThat(ack.lastAppliedSeq()).isEqualTo(ENTRIES);
            assertThat(ack.rejected()).hasSize(1);
            Rejection r = ack.rejected().get(0);
            assertThat(r.seq()).isEqualTo(BAD);
            assertThat(r.entryId()).isEqualTo(bad.entryId());
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.message()).contains("entries[" + (BAD - 1) + "]").contains(named);
            assertThat(admin.orders(ID).size()).isEqualTo(ordersBefore + ENTRIES - 1);

            // the ack was lost: the resend is acked again with the same rejection, and writes nothing twice
            c.send(new Push(entries));
            Ack again;
            do {
                var m = c.next();
                again = m instanceof Ack a ? a : null;
            } while (again == null);
            assertThat(again).isEqualTo(ack);
            assertThat(admin.orders(ID).size()).isEqualTo(ordersBefore + ENTRIES - 1);
        }
        // a reconnect after a lost ack hears of it in the welcome
        try (SyncClient c = SyncClient.connect(server.wsUrl(), till.token())) {
            c.send(till.hello(0, 0));
            Welcome w = c.next(Welcome.class);
            assertThat(w.lastAppliedSeq()).isEqualTo(ENTRIES);
            assertThat(w.rejected()).extracting(Rejection::seq).containsExactly((long) BAD);
        }
        HttpResponse<String> listed = admin.get("/api/branches/" + ID + "/rejected-entries?terminalId=" + t);
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonArray rows;
        try (JsonReader reader = Jsons.reader(new StringReader(listed.body()))) {
            rows = reader.readArray();
        }
        assertThat(rows).hasSize(1);
        JsonObject row = rows.getJsonObject(0);
        assertThat(row.getString("entryId")).isEqualTo(bad.entryId().toString());
        assertThat(row.getJsonNumber("seq").longValue()).isEqualTo(BAD);
        assertThat(row.getString("code")).isEqualTo(code.name());
        assertThat(row.getString("terminalName")).isNotBlank();
        assertThat(row.getJsonObject("payload")).isEqualTo(bad.payload());
        assertThat(admin.get("/api/branches/" + ID + "/rejected-entries?limit=0").statusCode()).isEqualTo(400);
    }
}
