package cedarpos.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.ManagerApiIT;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.SyncClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web admin's view of a branch's tills on the real server: {@code GET /api/branches/{b}/terminals} (enrolled,
 * online since, last seen, revoked, what its hello reported: version, entries not yet arrived) and the branch's live stream {@code /events}, which says "terminals" when a till
 * enrolls, comes online, goes offline or is revoked, "catalog" when setup changes.
 */
class BranchTerminalsIT extends ManagerApiIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void theTerminalsListFollowsATillThroughEnrollmentConnectionAndRevocationAndTheStreamSaysSo() throws Exception {
        BranchId branch = admin.createBranch("Cedar Grill - Zahle", "USD");
        try (EventStream events = EventStream.open(server.httpUrl() + "/api/branches/" + branch + "/events")) {
            events.await("open");
            ServerApi.Enrolled till = admin.enrollNew(branch, "Zahle counter");
            events.await("terminals");
            JsonObject row = only(branch);
            assertThat(row.getString("terminalId")).isEqualTo(till.terminalId().toString());
            assertThat(row.getString("name")).isEqualTo("Zahle counter");
            assertThat(row.getBoolean("online")).isFalse();
            assertThat(row.getBoolean("revoked")).isFalse();
            assertThat(row.get("onlineSinceMs")).isIn(null, JsonValue.NULL);
            assertThat(row.containsKey("lastSeenAtMs")).as("never connected").isFalse();

            long before = System.currentTimeMillis();
            try (SyncClient c = SyncClient.connect(server.wsUrl(), till.token())) {
                // the till says it runs 9.9.9 and has written 17 entries, the oldest of them not acked an hour ago
                long oldest = before - 3_600_000;
                Hello h = till.hello(0, 0);
                c.send(new Hello(h.protocolVersion(), h.terminalId(), h.branchId(), h.terminalName(), 0, 0,
                        h.clientTimeMs(), "9.9.9", 17L, oldest));
                c.next(Welcome.class);
                events.await("terminals");
                JsonObject online = only(branch);
                assertThat(online.getBoolean("online")).isTrue();
                assertThat(online.getString("appVersion")).isEqualTo("9.9.9");
                assertThat(online.getJsonNumber("pendingReported").longValue()).isEqualTo(17);
                assertThat(online.getJsonNumber("oldestPendingAtMs").longValue()).isEqualTo(oldest);
                assertThat(online.getJsonNumber("onlineSinceMs").longValue()).isGreaterThanOrEqualTo(before - 1000);

                admin.setExchangeRate(branch, 89500);
                events.await("catalog");

                admin.revoke(till.terminalId());
                events.await("terminals");
                c.awaitClose(WAIT);
            }
            JsonObject revoked = awaitOffline(branch, events);
            assertThat(revoked.getBoolean("revoked")).isTrue();
            assertThat(revoked.getJsonNumber("lastSeenAtMs").longValue()).isGreaterThanOrEqualTo(before - 1000);
        }
    }

    @Test
    void theStreamIsForSignedInCallersOfTheBranchOnly() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.httpUrl() + "/api/branches/" + BranchId.random() + "/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        // a page's EventSource cannot send X-Requested-With: still no Basic challenge, no browser password dialog
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
        HttpResponse<String> unknown = admin.get("/api/branches/" + BranchId.random() + "/events");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    private static JsonObject only(BranchId branch) {
        var rows = ServerApi.array("terminals", admin.get("/api/branches/" + branch + "/terminals"));
        assertThat(rows).hasSize(1);
        return rows.getJsonObject(0);
    }

    /** The session's close and the revocation each say "terminals"; the list shows offline once the close did. */
    private static JsonObject awaitOffline(BranchId branch, EventStream events) throws InterruptedException {
        JsonObject row = only(branch);
        while (row.getBoolean("online")) {
            events.await("terminals");
            row = only(branch);
        }
        return row;
    }

    /** An SSE reader signed in as the administrator: event names as they arrive. */
    private static final class EventStream implements AutoCloseable {
        private final BlockingQueue<String> names = new LinkedBlockingQueue<>();
        private final CompletableFuture<HttpResponse<Stream<String>>> response;

        private EventStream(String url) {
            String basic = Base64.getEncoder().encodeToString((ItServers.ADMIN_USER + ":" + ItServers.ADMIN_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            response = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Basic " + basic).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines());
            response.thenAccept(r -> {
                if (r.statusCode() != 200) {
                    names.add("status " + r.statusCode());
                    return;
                }
                Thread reader = new Thread(() -> r.body().filter(l -> l.startsWith("event:"))
                        .forEach(l -> names.add(l.substring(6).trim())), "sse-reader");
                reader.setDaemon(true);
                reader.start();
            });
        }

        static EventStream open(String url) {
            return new EventStream(url);
        }

        /** Waits for the next event of that name, skipping others. */
        void await(String name) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                String next = names.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (name.equals(next)) {
                    return;
                }
                assertThat(next).as("event stream").doesNotStartWith("status");
            }
            throw new AssertionError("no '" + name + "' event within " + WAIT);
        }

        @Override
        public void close() {
            response.cancel(true);
            response.thenAccept(r -> r.body().close());
        }
    }
}
