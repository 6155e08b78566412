package cedarpos.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.NewOrder;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.Pull;
import cedarpos.protocol.v1.Rejection;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.line;
import static cedarpos.server.testing.DemoBranch.withPayload;
import static cedarpos.server.testing.DemoBranch.entry;
import static cedarpos.server.testing.DemoBranch.hello;
import static cedarpos.server.testing.DemoBranch.order;
import static cedarpos.server.testing.DemoBranch.push;
import static cedarpos.server.testing.DemoBranch.state;

/** The sync conversation against the real server (one server, distinct terminals per test). */
class SyncIT {
    private static PayaraServer server;
    private static ServerApi api;
    private static ServerApi admin;

    @BeforeAll
    static void startServer() {
        server = ItServers.demoOnH2(ItServers.workDir("SyncIT")).build().start();
        api = new ServerApi(server.httpUrl()).asAdmin();
        admin = ItServers.admin(server);
    }

    /** A new terminal of the demo branch with its device token. */
    private static Enrolled enroll() {
        return admin.enrollNew(ID, "till");
    }

    private static SyncClient open(Enrolled terminal) {
        return SyncClient.connect(server.wsUrl(), terminal.token());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    /** Connects the terminal and consumes its welcome and catalog. */
    private static SyncClient connected(Enrolled terminal) {
        SyncClient c = open(terminal);
        c.send(terminal.hello(0, 0));
        c.next(Welcome.class);
        c.next(Catalog.class);
        return c;
    }

    @Test
    void helloIsAnsweredWithWelcomeThenCatalog() {
        Enrolled t = enroll();
        try (SyncClient c = open(t)) {
            c.send(t.hello(0, 0));
            Welcome welcome = c.next(Welcome.class);
            assertThat(welcome.serverEpoch()).hasSize(36);
            assertThat(welcome.lastAppliedSeq()).isZero();
            assertThat(Math.abs(welcome.serverTimeMs() - System.currentTimeMillis())).isLessThan(60_000);
            Catalog catalog = c.next(Catalog.class);
            assertThat(catalog.branchName()).isEqualTo("Cedar Grill - Hamra");
            assertThat(catalog.currency().name()).isEqualTo("USD");
            assertThat(catalog.menu()).hasSize(DemoBranch.MENU_ITEMS);
            assertThat(catalog.recipes()).extracting(r -> r.menuItem()).contains(DemoBranch.KIBBEH_NAYYEH_DISH);
            assertThat(catalog.stock()).hasSize(DemoBranch.STOCK_ITEMS);
            assertThat(catalog.tables()).hasSize(11);
        }
    }

    @Test
    void pushIsAckedAndBroadcastToEveryTerminalOfTheBranch() {
        Enrolled enrolledA = enroll();
        TerminalId a = enrolledA.terminalId();
        try (SyncClient sender = connected(enrolledA); SyncClient other = connected(enroll())) {
            NewOrder order = order(a, 2);
            OutboxEntry opened = entry(1, order);
            sender.send(push(opened));

            assertThat(sender.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            Changes toSender = sender.next(Changes.class);
            Changes toOther = other.next(Changes.class);
            assertThat(toOther).isEqualTo(toSender);
            ChangeRecord record = toOther.records().get(0);
            assertThat(record.entity()).isEqualTo("order");
            assertThat(record.recordId()).isEqualTo(order.id().toString());
            assertThat(record.origin()).isEqualTo(a);
            assertThat(toOther.head()).isEqualTo(record.seq());
            assertThat(state(record.payload())).isEqualTo(state(opened.payload()));

            JsonObject stored = api.order(ID, order.id().toString());
            assertThat(stored).isNotNull();
            assertThat(stored.getJsonArray("lines")).hasSize(2);
            assertThat(stored.getJsonNumber("totalMinor").longValue()).isEqualTo(order.totalMinor());
        }
    }

    @Test
    void theSamePushTwiceStoresTheOrderOnce() {
        Enrolled e = enroll();
        TerminalId t = e.terminalId();
        NewOrder order = order(t, 3);
        var push = push(entry(1, order));
        try (SyncClient c = connected(e)) {
            c.send(push);
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            c.next(Changes.class);
            long head = api.changeHead(ID);

            c.send(push);
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            c.expectSilence(Duration.ofMillis(500));
            assertThat(api.changeHead(ID)).isEqualTo(head);
        }
        long copies = api.orders(ID).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("id").equals(order.id().toString())).count();
        assertThat(copies).isEqualTo(1);
        assertThat(api.order(ID, order.id().toString()).getJsonArray("lines")).hasSize(3);
    }

    @Test
    void aGapIsRefusedAndNothingIsWritten() {
        Enrolled e = enroll();
        TerminalId t = e.terminalId();
        try (SyncClient c = connected(e)) {
            long head = api.changeHead(ID);
            NewOrder skipped = order(t, 1);
            c.send(push(entry(2, skipped)));
            c.expectError(ErrorCode.SEQUENCE_GAP);
            NewOrder holey = order(t, 1);
            c.send(push(entry(1, holey), entry(3, order(t, 1))));
            c.expectError(ErrorCode.SEQUENCE_GAP);
            assertThat(api.order(ID, skipped.id().toString())).isNull();
            assertThat(api.order(ID, holey.id().toString())).isNull();
            assertThat(api.changeHead(ID)).isEqualTo(head);

            // the refusal left the connection usable and the sequence where it was
            c.send(push(entry(1, holey)));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
        }
    }

    @Test
    void anEntryRefusedOnlyOnceTheOneBeforeItIsWrittenIsRejectedAndThatOneKept() {
        Enrolled e = enroll();
        TerminalId t = e.terminalId();
        NewOrder good = order(t, 1);
        // the second order reuses the first one's line id: refused only once the first is written
        NewOrder clash = new NewOrder(cedarpos.domain.OrderId.random(), ID, null, t, cedarpos.domain.Currency.USD,
                1L, 0, good.lines());
        try (SyncClient c = connected(e)) {
            long head = api.changeHead(ID);
            c.send(push(entry(1, good), entry(2, clash)));
            Rejection rejected = c.expectRejection(ErrorCode.INVALID_PAYLOAD);
            assertThat(rejected.message()).contains("entries[1]");
            assertThat(rejected.seq()).isEqualTo(2);
            // changed by design (issue 14): the good entry of the push is applied, only the clash is left out
            Changes changes = c.next(Changes.class);
            assertThat(changes.records()).extracting(ChangeRecord::recordId).containsOnly(good.id().toString());
            assertThat(api.order(ID, good.id().toString())).isNotNull();
            assertThat(api.order(ID, clash.id().toString())).isNull();
            assertThat(api.changeHead(ID)).isEqualTo(head + changes.records().size());
            c.send(push(entry(3, order(t, 1))));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(3);
        }
    }

    @Test
    void concurrentPushesFromManyTerminalsLeaveAGaplessChangeLog() throws Exception {
        int terminals = 4;
        int pushesEach = 5;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(terminals);
        try {
            List<java.util.concurrent.Future<Long>> results = new java.util.ArrayList<>();
            for (int i = 0; i < terminals; i++) {
                results.add(pool.submit(() -> {
                    Enrolled e = enroll();
        TerminalId t = e.terminalId();
                    long acked = 0;
                    try (SyncClient c = connected(e)) {
                        for (int seq = 1; seq <= pushesEach; seq++) {
                            c.send(push(entry(seq, order(t, 1))));
                            // broadcasts of the other terminals interleave with our acks
                            while (true) {
                                var m = c.next();
                                if (m instanceof Ack a) {
                                    acked = a.lastAppliedSeq();
                                    break;
                                }
                            }
                        }
                    }
                    return acked;
                }));
            }
            for (var r : results) {
                assertThat(r.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(pushesEach);
            }
        } finally {
            pool.shutdownNow();
        }
        try (SyncClient c = connected(enroll())) {
            long next = 1;
            long head;
            do {
                c.send(new Pull(next - 1, 1000));
                Changes page = c.next(Changes.class);
                head = page.head();
                for (ChangeRecord r : page.records()) {
                    assertThat(r.seq()).isEqualTo(next);
                    next++;
                }
            } while (next <= head);
            assertThat(next - 1).isEqualTo(head);
        }
    }

    @Test
    void badFramesGetTheirCodeChangeNothingAndLeaveEveryConnectionWorking() {
        Enrolled e = enroll();
        TerminalId t = e.terminalId();
        try (SyncClient bad = connected(e); SyncClient bystander = connected(enroll())) {
            long head = api.changeHead(ID);
            int orders = api.orders(ID).size();

            bad.sendRaw("{not json");
            bad.expectError(ErrorCode.MALFORMED_JSON);
            bad.sendRaw("[1,2]");
            bad.expectError(ErrorCode.MALFORMED_JSON);
            bad.sendRaw("{\"type\":\"teleport\"}");
            bad.expectError(ErrorCode.UNKNOWN_TYPE);
            bad.sendRaw("{\"type\":\"pull\",\"afterSeq\":\"zero\",\"limit\":10}");
            assertThat(bad.expectError(ErrorCode.INVALID_FIELD).message()).contains("afterSeq");
            bad.sendRaw("{\"type\":\"push\",\"entries\":[{\"entryId\":\"x\",\"seq\":1.5}]}");
            bad.expectError(ErrorCode.INVALID_FIELD);
            bad.sendRaw("{\"type\":\"pull\",\"afterSeq\":0,\"limit\":1,\"pad\":\"" + "x".repeat(1_100_000) + "\"}");
            bad.expectError(ErrorCode.FRAME_TOO_LARGE);

            NewOrder foreign = new NewOrder(cedarpos.domain.OrderId.random(), BranchId.random(), null, t,
                    cedarpos.domain.Currency.USD, 1L, 0, List.of(line(100)));
            // entries the server can never apply are rejected (acked, each consuming its seq), not refused
            bad.send(push(entry(1, foreign)));
            bad.expectRejection(ErrorCode.BRANCH_MISMATCH);

            NewOrder ok = order(t, 1);
            OutboxEntry at2 = entry(2, ok);
            var wrongOp = new OutboxEntry(java.util.UUID.randomUUID(), 2, "order", ok.id().toString(), "delete",
                    at2.eventTimeMs(), at2.payload());
            bad.send(push(wrongOp));
            bad.expectRejection(ErrorCode.UNKNOWN_OPERATION);

            OutboxEntry at3 = entry(3, ok);
            var wrongRecord = new OutboxEntry(java.util.UUID.randomUUID(), 3, "order",
                    java.util.UUID.randomUUID().toString(), "open", at3.eventTimeMs(), at3.payload());
            bad.send(push(wrongRecord));
            bad.expectRejection(ErrorCode.INVALID_PAYLOAD);

            OutboxEntry at4 = entry(4, ok);
            JsonObject brokenLines = jakarta.json.Json.createObjectBuilder(at4.payload())
                    .add("lines", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                            .add("id", "nope").add("quantity", 0))).build();
            bad.send(push(withPayload(at4, brokenLines)));
            bad.expectRejection(ErrorCode.INVALID_PAYLOAD);

            NewOrder strangeTable = new NewOrder(ok.id(), ID, cedarpos.domain.TableId.random(), t, ok.currency(),
                    ok.openedAtMs(), 2, ok.lines());
            bad.send(push(entry(5, strangeTable)));
            assertThat(bad.expectRejection(ErrorCode.INVALID_PAYLOAD).message()).contains("is not a table");
            OutboxEntry okEntry = entry(6, ok);

            bad.send(e.hello(0, 0));
            bad.expectError(ErrorCode.HELLO_REQUIRED);

            assertThat(api.changeHead(ID)).isEqualTo(head);
            assertThat(api.orders(ID).size()).isEqualTo(orders);

            // both connections still work
            bad.send(new Pull(head, 1));
            assertThat(bad.next(Changes.class).head()).isEqualTo(head);
            bad.send(push(okEntry));
            assertThat(bad.next(Ack.class).lastAppliedSeq()).isEqualTo(6);
            assertThat(bad.next(Changes.class).records()).hasSize(1);
            assertThat(bystander.next(Changes.class).records().get(0).recordId()).isEqualTo(ok.id().toString());
        }
    }

    @Test
    void aFrameAboveFourMebibytesIsClosedByTheWebSocketLayer() {
        try (SyncClient c = connected(enroll())) {
            c.sendRaw("{\"type\":\"pull\",\"pad\":\"" + "x".repeat(4 * 1024 * 1024 + 10) + "\"}");
            CloseReason reason = c.awaitClose(Duration.ofSeconds(10));
            assertThat(reason).isNotNull();
            assertThat(reason.getCloseCode().getCode()).isEqualTo(1009);
        }
    }

    @Test
    void anythingBeforeHelloIsRefusedAndTheConnectionStaysOpen() {
        Enrolled t = enroll();
        try (SyncClient c = open(t)) {
            c.send(new Pull(0, 10));
            c.expectError(ErrorCode.HELLO_REQUIRED);
            c.send(t.hello(0, 0));
            c.next(Welcome.class);
        }
    }

    @Test
    void aBranchOrTerminalOtherThanTheTokensOrAnUnknownVersionIsRefusedAndClosed() {
        Enrolled t = enroll();
        try (SyncClient c = open(t)) {
            c.send(hello(t.terminalId(), BranchId.random(), 0, 0));
            c.expectError(ErrorCode.BRANCH_MISMATCH);
            assertThat(c.awaitClose(Duration.ofSeconds(5)).getCloseCode().getCode()).isEqualTo(1008);
        }
        try (SyncClient c = open(t)) {
            c.send(hello(enroll().terminalId(), 0, 0));
            assertThat(c.expectError(ErrorCode.TERMINAL_MISMATCH).message()).contains("token");
            CloseReason reason = c.awaitClose(Duration.ofSeconds(5));
            assertThat(reason.getCloseCode().getCode()).isEqualTo(1008);
            assertThat(reason.getReasonPhrase()).isEqualTo("TERMINAL_MISMATCH");
        }
        try (SyncClient c = open(t)) {
            c.sendRaw(cedarpos.protocol.v1.ProtocolCodec.encode(t.hello(0, 0))
                    .replace("\"protocolVersion\":1", "\"protocolVersion\":2"));
            c.expectError(ErrorCode.UNSUPPORTED_VERSION);
            assertThat(c.awaitClose(Duration.ofSeconds(5)).getCloseCode().getCode()).isEqualTo(1008);
        }
    }

    @Test
    void aTerminalThatWasAwayPullsWhatItMissed() {
        Enrolled away = enroll();
        long cursor;
        try (SyncClient c = open(away)) {
            c.send(away.hello(0, 0));
            cursor = c.next(Welcome.class).branchHead();
        }
        Enrolled enrolledBusy = enroll();
        TerminalId busy = enrolledBusy.terminalId();
        NewOrder o1 = order(busy, 1);
        NewOrder o2 = order(busy, 2);
        try (SyncClient c = connected(enrolledBusy)) {
            c.send(push(entry(1, o1), entry(2, o2)));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(2);
        }
        try (SyncClient c = open(away)) {
            c.send(away.hello(0, cursor));
            Welcome welcome = c.next(Welcome.class);
            c.next(Catalog.class);
            assertThat(welcome.branchHead()).isGreaterThanOrEqualTo(cursor + 2);
            c.send(new Pull(cursor, 1000));
            Changes missed = c.next(Changes.class);
            List<Long> seqs = missed.records().stream().map(ChangeRecord::seq).toList();
            assertThat(seqs).isSorted().allMatch(s -> s > cursor);
            assertThat(seqs.get(0)).isEqualTo(cursor + 1);
            assertThat(missed.records().stream().map(ChangeRecord::recordId).collect(Collectors.toSet()))
                    .contains(o1.id().toString(), o2.id().toString());
            c.send(new Pull(cursor, 1));
            assertThat(c.next(Changes.class).records()).hasSize(1);
        }
    }

    @Test
    void theOrderListIsReadPageByPageNewestFirstAndAnOrderArrivingMeanwhileRepeatsNothing() {
        Enrolled e = enroll();
        try (SyncClient c = connected(e)) {
            c.send(push(entry(1, order(e.terminalId(), 1)), entry(2, order(e.terminalId(), 1)),
                    entry(3, order(e.terminalId(), 1))));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(3);
            c.next(Changes.class);
            List<String> whole = api.orders(ID).getValuesAs(JsonObject.class).stream()
                    .map(o -> o.getString("id")).toList();

            List<String> walked = new java.util.ArrayList<>();
            String path = "/api/branches/" + ID + "/orders?limit=2";
            boolean pushedMeanwhile = false;
            while (path != null) {
                var page = api.get(path);
                assertThat(page.statusCode()).isEqualTo(200);
                List<JsonObject> rows = jakarta.json.Json.createReader(new java.io.StringReader(page.body()))
                        .readArray().getValuesAs(JsonObject.class);
                assertThat(rows).hasSizeLessThanOrEqualTo(2);
                rows.forEach(o -> walked.add(o.getString("id")));
                path = ServerApi.nextPage(page);
                if (!pushedMeanwhile) {
                    c.send(push(entry(4, order(e.terminalId(), 1))));
                    assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(4);
                    pushedMeanwhile = true;
                }
            }
            assertThat(walked).doesNotHaveDuplicates().containsExactlyElementsOf(whole);
        }
        for (String bad : List.of("limit=0", "limit=1001", "limit=x", "after=12", "after=-1_" + ID,
                "after=5_" + ID.toString().toUpperCase())) {
            var r = api.get("/api/branches/" + ID + "/orders?" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.body()).as(bad).contains("INVALID_FIELD");
        }
    }

    @Test
    void restAnswersClearErrors() {
        assertThat(api.get("/api/branches/not-a-uuid/orders").statusCode()).isEqualTo(400);
        var unknown = api.get("/api/branches/" + BranchId.random() + "/orders");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("UNKNOWN_BRANCH");
        assertThat(api.branch(ID).getString("name")).isEqualTo("Cedar Grill - Hamra");
    }
}
