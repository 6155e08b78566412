package cedarpos.server.enrollment;

import cedarpos.server.testing.ManagerApiIT;
import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.entry;
import static cedarpos.server.testing.DemoBranch.hello;
import static cedarpos.server.testing.DemoBranch.order;
import static cedarpos.server.testing.DemoBranch.push;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.OrderId;
import cedarpos.server.testing.NewOrder;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.Pull;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import jakarta.json.Json;
import jakarta.websocket.CloseReason;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enrollment, device tokens on the WebSocket, and the HTTP sign-in that guards them (one shared server). */
class EnrollmentIT extends ManagerApiIT {
    private static final Duration CLOSE = Duration.ofSeconds(5);
    private static ServerApi anonymous;

    @BeforeAll
    static void anonymousClient() {
        anonymous = new ServerApi(server.httpUrl());
    }

    private static void expectClosedWith(SyncClient c, ErrorCode code) {
        c.expectError(code);
        CloseReason reason = c.awaitClose(CLOSE);
        assertThat(reason).as("closed after " + code).isNotNull();
        assertThat(reason.getCloseCode().getCode()).isEqualTo(1008);
        assertThat(reason.getReasonPhrase()).isEqualTo(code.name());
    }

    private static SyncClient greeted(Enrolled t) {
        SyncClient c = SyncClient.connect(server.wsUrl(), t.token());
        c.send(t.hello(0, 0));
        c.next(Welcome.class);
        c.next(Catalog.class);
        return c;
    }

    @Test
    void aConnectionWithoutAValidTokenIsRefusedAndClosed() {
        try (SyncClient c = SyncClient.connect(server.wsUrl())) {
            expectClosedWith(c, ErrorCode.TOKEN_REQUIRED);
        }
        try (SyncClient c = SyncClient.connect(server.wsUrl(), "A".repeat(43))) {
            expectClosedWith(c, ErrorCode.UNKNOWN_TOKEN);
        }
        try (SyncClient c = SyncClient.connect(server.wsUrl(), "not a token at all")) {
            expectClosedWith(c, ErrorCode.UNKNOWN_TOKEN);
        }
        // the token of one connection never leaks into the next one's handshake
        Enrolled t = admin.enrollNew(ID, "till");
        greeted(t).close();
        try (SyncClient c = SyncClient.connect(server.wsUrl())) {
            expectClosedWith(c, ErrorCode.TOKEN_REQUIRED);
        }
    }

    @Test
    void revokingATokenClosesItsOpenConnectionAndRefusesTheNextOne() {
        Enrolled t = admin.enrollNew(ID, "stolen till");
        Enrolled bystander = admin.enrollNew(ID, "honest till");
        try (SyncClient open = greeted(t); SyncClient other = greeted(bystander)) {
            admin.revoke(t.terminalId());
            expectClosedWith(open, ErrorCode.TOKEN_REVOKED);
            assertThat(other.isOpen()).isTrue();
            other.send(new Pull(0, 1));
            other.next(Changes.class);
        }
        try (SyncClient c = SyncClient.connect(server.wsUrl(), t.token())) {
            expectClosedWith(c, ErrorCode.TOKEN_REVOKED);
        }
        // revoking twice is harmless; an unknown terminal is 404
        admin.revoke(t.terminalId());
        HttpResponse<String> unknown = admin.delete("/api/terminals/" + TerminalId.random() + "/token");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ServerApi.json(unknown).getString("code")).isEqualTo("UNKNOWN_TERMINAL");

        // enrolling again with a new code gives the terminal back its place and its sequence
        Enrolled again = admin.enroll(admin.createEnrollmentCode(ID, 5), t.terminalId(), "recovered till");
        try (SyncClient c = greeted(again)) {
            c.send(new Pull(0, 1));
            c.next(Changes.class);
        }
    }

    @Test
    void enrollingAgainReplacesTheTokenAndKeepsTheTerminalsSequence() {
        Enrolled first = admin.enrollNew(ID, "till");
        try (SyncClient c = greeted(first)) {
            c.send(push(entry(1, order(first.terminalId(), 1))));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            c.next(Changes.class);
            Enrolled second = admin.enroll(admin.createEnrollmentCode(ID, 5), first.terminalId(), "till renamed");
            assertThat(second.token()).isNotEqualTo(first.token()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
            // the connection that still holds the replaced token is ended
            expectClosedWith(c, ErrorCode.UNKNOWN_TOKEN);
            try (SyncClient old = SyncClient.connect(server.wsUrl(), first.token())) {
                expectClosedWith(old, ErrorCode.UNKNOWN_TOKEN);
            }
            try (SyncClient fresh = SyncClient.connect(server.wsUrl(), second.token())) {
                fresh.send(second.hello(1, 0));
                assertThat(fresh.next(Welcome.class).lastAppliedSeq()).isEqualTo(1);
            }
        }
    }

    @Test
    void enrollmentRefusalsAnswerTheirCodesAndLeaveTheCodeUsable() {
        String code = admin.createEnrollmentCode(ID, 5);
        assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        TerminalId t = TerminalId.random();
        String valid = body(code, t.toString(), "till");
        refused(400, "INVALID_FIELD", "not json");
        refused(400, "INVALID_FIELD", "[]");
        refused(400, "INVALID_FIELD", "");
        refused(400, "INVALID_FIELD", Json.createObjectBuilder().add("code", code).add("terminalName", "x").build()
                .toString());
        refused(400, "INVALID_FIELD", body(code, "not-a-uuid", "till"));
        refused(400, "INVALID_FIELD", body(code, t.toString().toUpperCase(), "till"));
        refused(400, "INVALID_FIELD", body(code, t.toString(), "x".repeat(101)));
        refused(400, "INVALID_FIELD", body("0O1I-LLLL-0000", t.toString(), "till"));
        refused(404, "ENROLLMENT_CODE_UNKNOWN", body("2345-6789-ABCD", t.toString(), "till"));

        // none of that used the code; typed in lower case with spaces it still works, once
        Enrolled e = anonymous.enroll(" " + code.toLowerCase().replace("-", " ") + " ", t, "till");
        assertThat(e.branchId()).isEqualTo(ID);
        assertThat(e.branchName()).isEqualTo("Cedar Grill - Hamra");
        refused(410, "ENROLLMENT_CODE_USED", valid);
        refused(410, "ENROLLMENT_CODE_USED", body(code, TerminalId.random().toString(), "other"));
    }

    @Test
    void managerCallsNeedAStaffAccountWithTheRightRole() {
        String codes = "/api/branches/" + ID + "/enrollment-codes";
        HttpResponse<String> none = anonymous.post(codes, "{}");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(ServerApi.json(none).getString("code")).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.as(ItServers.ADMIN_USER, "wrong password").post(codes, "{}").statusCode()).isEqualTo(401);
        assertThat(anonymous.as("nobody", "whatever1").post(codes, "{}").statusCode()).isEqualTo(401);
        assertThat(anonymous.delete("/api/terminals/" + TerminalId.random() + "/token").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/api/branches/" + DemoBranch.ID + "/orders").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/api/branches/" + DemoBranch.ID).statusCode()).isEqualTo(401);
        assertThat(anonymous.post("/api/branches", "{\"name\":\"X\",\"currency\":\"USD\"}").statusCode()).isEqualTo(401);

        admin.createManager("maya", "manager-pass-1", ID);
        ServerApi manager = anonymous.as("maya", "manager-pass-1");
        assertThat(manager.createEnrollmentCode(ID, 15)).hasSize(14);
        HttpResponse<String> forbidden = manager.post("/api/branches", "{\"name\":\"X\",\"currency\":\"USD\"}");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(ServerApi.json(forbidden).getString("code")).isEqualTo("FORBIDDEN");
        assertThat(manager.post("/api/staff", "{}").statusCode()).isEqualTo(403);

        HttpResponse<String> badTtl = manager.post(codes, "{\"ttlMinutes\":1441}");
        assertThat(badTtl.statusCode()).isEqualTo(400);
        assertThat(ServerApi.json(badTtl).getString("message")).contains("ttlMinutes");
        assertThat(manager.post(codes, "{\"ttlMinutes\":\"5\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> unknownBranch = manager.post("/api/branches/" + BranchId.random() + "/enrollment-codes", "");
        assertThat(unknownBranch.statusCode()).isEqualTo(404);
        assertThat(ServerApi.json(unknownBranch).getString("code")).isEqualTo("UNKNOWN_BRANCH");
        assertThat(admin.post("/api/branches", "{\"name\":\"X\",\"currency\":\"EUR\"}").statusCode()).isEqualTo(400);

        // a disabled account stops working at once
        assertThat(admin.delete("/api/staff/maya").statusCode()).isEqualTo(204);
        assertThat(manager.post(codes, "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void aTerminalReadsAndWritesItsOwnBranchOnly() {
        BranchId beirut = ID;
        BranchId byblos = admin.createBranch("Cedar Grill - Byblos", "USD");
        Enrolled ofBeirut = admin.enrollNew(beirut, "Beirut till");
        Enrolled ofByblos = admin.enrollNew(byblos, "Byblos till");
        assertThat(ofByblos.branchId()).isEqualTo(byblos);

        // the terminal id of a Beirut till cannot be enrolled into Byblos
        HttpResponse<String> elsewhere = anonymous.post("/api/enrollments",
                body(admin.createEnrollmentCode(byblos, 5), ofBeirut.terminalId().toString(), "moved"));
        assertThat(elsewhere.statusCode()).isEqualTo(409);
        assertThat(ServerApi.json(elsewhere).getString("code")).isEqualTo("TERMINAL_ENROLLED_ELSEWHERE");

        try (SyncClient c = SyncClient.connect(server.wsUrl(), ofBeirut.token())) {
            c.send(hello(ofBeirut.terminalId(), byblos, 0, 0));
            expectClosedWith(c, ErrorCode.BRANCH_MISMATCH);
        }
        NewOrder inByblos = new NewOrder(OrderId.random(), byblos, null, ofBeirut.terminalId(), Currency.USD, 1L, 0,
                List.of(DemoBranch.line(500)));
        // Byblos has no menu yet: its own till opens the check with no dish on it
        NewOrder byByblos = new NewOrder(inByblos.id(), byblos, null, ofByblos.terminalId(), Currency.USD, 1L, 0,
                List.of());
        try (SyncClient beirutTill = greeted(ofBeirut); SyncClient byblosTill = greeted(ofByblos)) {
            beirutTill.send(push(entry(1, inByblos)));
            // rejected (acked, taking seq 1), not refused
            beirutTill.expectRejection(ErrorCode.BRANCH_MISMATCH);
            assertThat(beirutTill.isOpen()).isTrue();
            byblosTill.expectSilence(Duration.ofMillis(300));
            assertThat(admin.changeHead(byblos)).isZero();
            assertThat(admin.orders(byblos)).isEmpty();

            // Byblos's own order stays in Byblos: Beirut's pull never sees it
            byblosTill.send(push(entry(1, byByblos)));
            assertThat(byblosTill.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            NewOrder inBeirut = order(ofBeirut.terminalId(), 1);
            beirutTill.send(push(entry(2, inBeirut)));
            assertThat(beirutTill.next(Ack.class).lastAppliedSeq()).isEqualTo(2);
            beirutTill.next(Changes.class);
            beirutTill.send(new Pull(0, 1000));
            List<String> seen = beirutTill.next(Changes.class).records().stream().map(ChangeRecord::recordId).toList();
            assertThat(seen).contains(inBeirut.id().toString()).doesNotContain(inByblos.id().toString());
            assertThat(admin.orders(byblos)).hasSize(1);
            assertThat(admin.order(beirut, inByblos.id().toString())).isNull();
        }
    }

    @Test
    void theDemoServerLeavesAFreshCodeForItsLauncher() throws IOException {
        String code = Files.readString(work.resolve("data").resolve("demo-enrollment-code")).strip();
        Enrolled demo = anonymous.enroll(code, TerminalId.random(), "demo till");
        assertThat(demo.branchId()).isEqualTo(ID);
    }

    private static String body(String code, String terminalId, String name) {
        return Json.createObjectBuilder().add("code", code).add("terminalId", terminalId).add("terminalName", name)
                .build().toString();
    }

    private static void refused(int status, String code, String body) {
        HttpResponse<String> r = anonymous.post("/api/enrollments", body);
        assertThat(r.statusCode()).as(body + " -> " + r.body()).isEqualTo(status);
        assertThat(ServerApi.json(r).getString("code")).isEqualTo(code);
        assertThat(ServerApi.json(r).getString("message")).isNotBlank();
    }
}
