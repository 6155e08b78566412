package cedarpos.server.sync;

import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.entry;
import static cedarpos.server.testing.DemoBranch.order;
import static cedarpos.server.testing.DemoBranch.push;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.ErrorMessage;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.Push;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import jakarta.websocket.CloseReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sessions that die on error: each session-killing input gets its error code and a close, leaves nothing
 * written and no way to push; revoking a token closes every socket of the terminal, whatever its state,
 * within 1 s, and no push is written after the revocation commits (issue 14, points 3 and 4).
 */
class SessionEndIT {
    private static final Duration CLOSE = Duration.ofSeconds(1);
    private static PayaraServer server;
    private static ServerApi admin;

    @BeforeAll
    static void startServer() {
        Path work = ItServers.workDir("SessionEndIT");
        server = ItServers.demoOnH2(work).build().start();
        admin = ItServers.admin(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private static SyncClient greeted(Enrolled t) {
        SyncClient c = SyncClient.connect(server.wsUrl(), t.token());
        c.send(t.hello(0, 0));
        c.next(Welcome.class);
        c.next(Catalog.class);
        return c;
    }

    private static long lastAppliedSeq(Enrolled t) {
        try (SyncClient c = SyncClient.connect(server.wsUrl(), t.token())) {
            c.send(t.hello(0, 0));
            return c.next(Welcome.class).lastAppliedSeq();
        }
    }

    private static void killedBy(Consumer<SyncClient> input, ErrorCode code, int closeCode) {
        Enrolled t = admin.enrollNew(ID, "till " + code);
        int orders = admin.orders(ID).size();
        try (SyncClient c = greeted(t)) {
            input.accept(c);
            ErrorMessage error = c.expectError(code);
            assertThat(error.retryable()).isFalse();
            CloseReason reason = c.awaitClose(CLOSE);
            assertThat(reason).as("closed after " + code).isNotNull();
            assertThat(reason.getCloseCode().getCode()).isEqualTo(closeCode);
            assertThat(reason.getReasonPhrase()).isEqualTo(code.name());
            assertThat(c.isOpen()).isFalse();
        }
        assertThat(lastAppliedSeq(t)).as("nothing applied for the killed session").isZero();
        assertThat(admin.orders(ID).size()).isEqualTo(orders);
    }

    @Test
    void aBinaryFrameEndsTheSession() {
        killedBy(c -> c.sendBinary("{\"type\":\"pull\",\"afterSeq\":0,\"limit\":1}".getBytes(StandardCharsets.UTF_8)),
                ErrorCode.BINARY_FRAME, 1003);
    }

    @Test
    void nestingDeeperThanTheLimitEndsTheSession() {
        killedBy(c -> c.sendRaw("{\"type\":\"pull\",\"x\":" + "[".repeat(1001) + "]".repeat(1001) + "}"),
                ErrorCode.JSON_TOO_DEEP, 1008);
    }

    @Test
    void aNumberNoParserCanHoldEndsTheSession() {
        killedBy(c -> c.sendRaw("{\"type\":\"pull\",\"afterSeq\":1e2147483648,\"limit\":1}"),
                ErrorCode.NUMBER_OUT_OF_RANGE, 1008);
    }

    @Test
    void anUnpairedSurrogateEndsTheSession() {
        killedBy(c -> c.sendRaw("{\"type\":\"\\ud800\"}"), ErrorCode.INVALID_TEXT, 1008);
    }

    @Test
    void looserInputIsRefusedAndTheSessionGoesOn() {
        Enrolled t = admin.enrollNew(ID, "loose till");
        try (SyncClient c = greeted(t)) {
            Push first = push(entry(1, order(t.terminalId(), 1)));
            String good = ProtocolCodec.encode(first);
            c.sendRaw(good.replace("\"seq\":1", "\"seq\":1e0"));
            assertThat(c.expectError(ErrorCode.INVALID_FIELD).message()).contains("entries[0].seq");
            c.sendRaw(good + " {}");
            c.expectError(ErrorCode.MALFORMED_JSON);
            OutboxEntry e = first.entries().get(0);
            assertThat(good).contains(e.entryId().toString());
            c.sendRaw(good.replace(e.entryId().toString(), e.entryId().toString().toUpperCase()));
            c.expectError(ErrorCode.INVALID_FIELD);
            assertThat(lastAppliedSeq(t)).isZero();
            c.sendRaw(good);
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
        }
    }

    /** A raw WebSocket client: the Java clients refuse to send text that is not UTF-8. */
    @Test
    void textThatIsNotUtf8EndsTheSession() throws IOException {
        Enrolled t = admin.enrollNew(ID, "garbled till");
        URI ws = server.wsUrl();
        try (Socket socket = new Socket(ws.getHost(), ws.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("GET " + ws.getPath() + " HTTP/1.1\r\nHost: " + ws.getHost() + ":" + ws.getPort()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(new byte[16]) + "\r\n"
                    + "Authorization: Bearer " + t.token() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String headers = readHeaders(in);
            assertThat(headers).startsWith("HTTP/1.1 101");
            byte[] payload = {'{', '"', 't', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
            out.write(maskedTextFrame(payload));
            out.flush();
            List<String> texts = new ArrayList<>();
            int closeCode = -1;
            while (closeCode < 0) {
                int op = in.read() & 0x0f;
                int len = in.read() & 0x7f;
                if (len == 126) {
                    len = (in.read() << 8) | in.read();
                }
                byte[] body = in.readNBytes(len);
                if (op == 0x1) {
                    texts.add(new String(body, StandardCharsets.UTF_8));
                } else if (op == 0x8) {
                    closeCode = ((body[0] & 0xff) << 8) | (body[1] & 0xff);
                }
            }
            assertThat(closeCode).isEqualTo(1007);
        }
        assertThat(lastAppliedSeq(t)).isZero();
    }

    private static String readHeaders(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (!b.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            b.write(c);
        }
        return b.toString(StandardCharsets.US_ASCII);
    }

    private static byte[] maskedTextFrame(byte[] payload) {
        byte[] frame = new byte[2 + 4 + payload.length];
        frame[0] = (byte) 0x81;
        frame[1] = (byte) (0x80 | payload.length);
        byte[] mask = {1, 2, 3, 4};
        System.arraycopy(mask, 0, frame, 2, 4);
        for (int i = 0; i < payload.length; i++) {
            frame[6 + i] = (byte) (payload[i] ^ mask[i % 4]);
        }
        return frame;
    }

    @Test
    void revokingClosesEverySocketOfTheTerminalWhateverItsState() {
        Enrolled t = admin.enrollNew(ID, "stolen till");
        try (SyncClient greeted = greeted(t);
                SyncClient preHello = SyncClient.connect(server.wsUrl(), t.token());
                SyncClient errored = greeted(t)) {
            errored.sendRaw("{\"type\":\"pull\",\"afterSeq\":\"soon\",\"limit\":1}");
            errored.expectError(ErrorCode.INVALID_FIELD);
            long revokedAt = System.nanoTime();
            admin.revoke(t.terminalId());
            for (SyncClient c : List.of(greeted, preHello, errored)) {
                CloseReason reason = c.awaitClose(Duration.ofSeconds(1));
                assertThat(reason).as("closed within 1 s of the revocation").isNotNull();
                assertThat(reason.getReasonPhrase()).isEqualTo(ErrorCode.TOKEN_REVOKED.name());
            }
            assertThat(Duration.ofNanos(System.nanoTime() - revokedAt)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void noPushIsWrittenAfterTheRevocationCommits() {
        Enrolled t = admin.enrollNew(ID, "racing till");
        try (SyncClient c = greeted(t)) {
            c.send(push(entry(1, order(t.terminalId(), 1))));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            // queue many pushes on the socket so some are still waiting when the revocation commits
            for (int seq = 2; seq <= 200; seq++) {
                c.send(new Push(List.of(entry(seq, order(t.terminalId(), 1)))));
            }
            admin.revoke(t.terminalId());
            int atRevocation = admin.orders(ID).size();
            assertThat(c.awaitClose(Duration.ofSeconds(10))).isNotNull();
            assertThat(admin.orders(ID).size()).as("orders written after the revocation").isEqualTo(atRevocation);
            boolean refused = false;
            for (String frame = c.nextRaw(Duration.ZERO); frame != null; frame = c.nextRaw(Duration.ZERO)) {
                refused |= frame.contains("TOKEN_REVOKED");
            }
            assertThat(refused).isTrue();
        }
    }
}
