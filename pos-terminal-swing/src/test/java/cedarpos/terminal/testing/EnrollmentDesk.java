package cedarpos.terminal.testing;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server's {@code POST /api/enrollments} as docs/protocol.md specifies it,
 * on a real loopback HTTP socket. The Payara server is not started in this
 * module (system-tests enroll against it); this stands in for its answers:
 * one code is good (once), the others get the documented refusals.
 */
public final class EnrollmentDesk implements AutoCloseable {
    public static final String GOOD_CODE = "K7QM-2XPA-93HD";
    public static final String EXPIRED_CODE = "EXPD-EXPD-EXPD";
    public static final String TOKEN = "bm90LWEtcmVhbC10b2tlbi1idXQtNDMtY2hhcnMtbG9uZw";
    public static final String BRANCH_NAME = "Hamra Street";

    private final HttpServer http;
    private final List<JsonObject> requests = new CopyOnWriteArrayList<>();
    private volatile boolean goodCodeUsed;

    public EnrollmentDesk() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/enrollments", exchange -> {
            JsonObject body;
            try (InputStream in = exchange.getRequestBody()) {
                body = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                        .readObject();
            } catch (RuntimeException e) {
                body = Json.createObjectBuilder().build();
            }
            requests.add(body);
            int status;
            JsonObject answer;
            String code = body.getString("code", "");
            if (!"POST".equals(exchange.getRequestMethod()) || !body.containsKey("terminalId")) {
                status = 400;
                answer = error("INVALID_FIELD", "terminalId is required");
            } else if (code.equals(GOOD_CODE) && !goodCodeUsed) {
                goodCodeUsed = true;
                status = 201;
                answer = Json.createObjectBuilder().add("terminalId", body.getString("terminalId"))
                        .add("branchId", LebaneseCatalog.BRANCH.toString()).add("branchName", BRANCH_NAME)
                        .add("token", TOKEN).build();
            } else if (code.equals(GOOD_CODE)) {
                status = 410;
                answer = error("ENROLLMENT_CODE_USED", "this enrollment code was already used");
            } else if (code.equals(EXPIRED_CODE)) {
                status = 410;
                answer = error("ENROLLMENT_CODE_EXPIRED", "this enrollment code expired; ask a manager for a new one");
            } else {
                status = 404;
                answer = error("ENROLLMENT_CODE_UNKNOWN", "no such enrollment code");
            }
            byte[] bytes = answer.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        http.start();
    }

    private static JsonObject error(String code, String message) {
        return Json.createObjectBuilder().add("code", code).add("message", message).build();
    }

    /** The sync address a terminal would be given; enrollment goes to the same host and port. */
    public URI syncUri() {
        return URI.create("ws://127.0.0.1:" + http.getAddress().getPort() + "/sync");
    }

    public List<JsonObject> requests() {
        return requests;
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
