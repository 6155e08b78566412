package cedarpos.server.testing;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.ProtocolCodec;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The server's REST API as tests use it: what the server database holds, and
 * the manager calls (enrollment codes, revocation) when created with credentials.
 */
public final class ServerApi {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String authorization;

    /** A terminal enrolled through {@code POST /api/enrollments}. */
    public record Enrolled(TerminalId terminalId, BranchId branchId, String branchName, String token) {
        /** A valid hello of this terminal. */
        public Hello hello(long lastAckedSeq, long cursor) {
            return new Hello(ProtocolCodec.VERSION, terminalId, branchId, "till " + terminalId.toString().substring(0, 8),
                    lastAckedSeq, cursor, System.currentTimeMillis());
        }
    }

    /** Anonymous: reads and enrollment only. */
    public ServerApi(String baseUrl) {
        this(baseUrl, null, null);
    }

    /** Signed in with HTTP Basic as this staff account. */
    public ServerApi(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static ServerApi asAdmin(String baseUrl, String user, String password) {
        return new ServerApi(baseUrl, user, password);
    }

    /** The same server as the administrator of {@link ItServers}. */
    public ServerApi asAdmin() {
        return new ServerApi(baseUrl, ItServers.ADMIN_USER, ItServers.ADMIN_PASSWORD);
    }

    /** The same server as another staff account. */
    public ServerApi as(String user, String password) {
        return new ServerApi(baseUrl, user, password);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /** A new enrollment code of the branch; fails the test unless the server answers 201. */
    public String createEnrollmentCode(BranchId branch, int ttlMinutes) {
        HttpResponse<String> r = post("/api/branches/" + branch + "/enrollment-codes",
                "{\"ttlMinutes\":" + ttlMinutes + "}");
        return expect(201, "create enrollment code", r).getString("code");
    }

    /** Enrolls the terminal with the code; fails the test with the status and body unless 201. */
    public Enrolled enroll(String code, TerminalId terminal, String name) {
        HttpResponse<String> r = post("/api/enrollments", Json.createObjectBuilder().add("code", code)
                .add("terminalId", terminal.toString()).add("terminalName", name).build().toString());
        JsonObject o = expect(201, "enroll", r);
        return new Enrolled(TerminalId.parse(o.getString("terminalId")), BranchId.parse(o.getString("branchId")),
                o.getString("branchName"), o.getString("token"));
    }

    /** A new terminal of the branch, enrolled with a fresh code (needs manager credentials). */
    public Enrolled enrollNew(BranchId branch, String name) {
        return enroll(createEnrollmentCode(branch, 15), TerminalId.random(), name);
    }

    /** Revokes the terminal's token; fails the test unless 204. */
    public void revoke(TerminalId terminal) {
        HttpResponse<String> r = delete("/api/terminals/" + terminal + "/token");
        if (r.statusCode() != 204) {
            throw new AssertionError("revoke answered " + r.statusCode() + ": " + r.body());
        }
    }

    /** Opens a branch (needs the admin role); its id. */
    public BranchId createBranch(String name, String currency) {
        HttpResponse<String> r = post("/api/branches", Json.createObjectBuilder().add("name", name)
                .add("currency", currency).build().toString());
        return BranchId.parse(expect(201, "create branch", r).getString("id"));
    }

    /** A manager account working on the given branches. */
    public void createManager(String user, String password, BranchId... branches) {
        JsonArrayBuilder bs = Json.createArrayBuilder();
        for (BranchId b : branches) {
            bs.add(b.toString());
        }
        expect(201, "create manager account", post("/api/staff", Json.createObjectBuilder().add("username", user)
                .add("password", password).add("roles", Json.createArrayBuilder().add("manager"))
                .add("branches", bs).build().toString()));
    }

    /** Every opened order of the branch, newest first, read page by page as the {@code Link rel="next"} says. */
    public JsonArray orders(BranchId branch) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        String path = "/api/branches/" + branch + "/orders?limit=1000";
        while (path != null) {
            HttpResponse<String> r = get(path);
            if (r.statusCode() != 200) {
                throw new AssertionError("GET orders answered " + r.statusCode() + ": " + r.body());
            }
            try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
                reader.readArray().forEach(all::add);
            }
            path = nextPage(r);
        }
        return all.build();
    }

    /** The path and query of the response's {@code Link: <...>; rel="next"}, or null on the last page. */
    public static String nextPage(HttpResponse<String> r) {
        for (String link : r.headers().allValues("Link")) {
            if (link.matches("<[^>]*>\\s*;\\s*rel=\"?next\"?.*")) {
                URI next = URI.create(link.substring(1, link.indexOf('>')));
                return next.getRawPath() + "?" + next.getRawQuery();
            }
        }
        return null;
    }

    /** The order with this id as the server shows it (GET /orders/{id}), or null when unknown (404). */
    public JsonObject order(BranchId branch, String orderId) {
        HttpResponse<String> r = get("/api/branches/" + branch + "/orders/" + orderId);
        if (r.statusCode() == 404) {
            return null;
        }
        return expect(200, "GET order", r);
    }

    /** The review queue: {@code status} open, resolved or all. */
    public JsonArray conflicts(BranchId branch, String status) {
        return array("GET conflicts", get("/api/branches/" + branch + "/conflicts?status=" + status));
    }

    /** A manager's resolution of a conflict; the response whatever its status. */
    public HttpResponse<String> resolve(BranchId branch, String conflictId, String json) {
        return post("/api/branches/" + branch + "/conflicts/" + conflictId + "/resolution", json);
    }

    public JsonArray tables(BranchId branch) {
        return array("GET tables", get("/api/branches/" + branch + "/tables"));
    }

    public JsonArray stock(BranchId branch) {
        return array("GET stock", get("/api/branches/" + branch + "/stock"));
    }

    public JsonArray stockAdjustments(BranchId branch) {
        return array("GET stock adjustments", get("/api/branches/" + branch + "/stock/adjustments"));
    }

    /** A manager's stock adjustment {@code {stockItemId, reason, delta, note}}; the response whatever its status. */
    public HttpResponse<String> adjustStock(BranchId branch, String json) {
        return post("/api/branches/" + branch + "/stock/adjustments", json);
    }

    /** A new stock item of the branch (nothing in stock); fails the test unless the server answers 201. */
    public StockItemId createStockItem(BranchId branch, String name, String unit) {
        JsonObject made = expect(201, "POST stock item", post("/api/branches/" + branch + "/stock",
                Json.createObjectBuilder().add("name", name).add("unit", unit).build().toString()));
        return StockItemId.parse(made.getString("id"));
    }

    /** Sets a dish's recipe, {@code perPortion} units of each item in turn; the response whatever its status. */
    public HttpResponse<String> setRecipe(BranchId branch, MenuItemId dish, Object... itemThenUnits) {
        jakarta.json.JsonArrayBuilder portions = Json.createArrayBuilder();
        for (int i = 0; i < itemThenUnits.length; i += 2) {
            portions.add(Json.createObjectBuilder().add("stockItemId", itemThenUnits[i].toString())
                    .add("perPortion", ((Number) itemThenUnits[i + 1]).longValue()));
        }
        return put("/api/branches/" + branch + "/menu-items/" + dish + "/recipe",
                Json.createObjectBuilder().add("portions", portions).build().toString());
    }

    /** A manager's adjustment that must be accepted. */
    public JsonObject adjust(BranchId branch, StockItemId item, String reason, long delta) {
        return expect(201, "adjust " + item, adjustStock(branch, "{\"stockItemId\":\"" + item + "\",\"reason\":\""
                + reason + "\",\"delta\":" + delta + "}"));
    }

    /** The item's row of GET stock: level, held, available, version. */
    public JsonObject stockItem(BranchId branch, StockItemId item) {
        return stock(branch).getValuesAs(JsonObject.class).stream().filter(x -> x.getString("id")
                .equals(item.toString())).findFirst().orElseThrow(() -> new AssertionError("no stock item " + item));
    }

    /** GET reservations, {@code status} null for all. */
    public JsonArray reservations(BranchId branch, String status) {
        return array("GET reservations", get("/api/branches/" + branch + "/reservations"
                + (status == null ? "" : "?status=" + status)));
    }

    /** The 86 list. */
    public JsonArray soldOut(BranchId branch) {
        return array("GET sold-out", get("/api/branches/" + branch + "/sold-out"));
    }

    /** The 200 answer's JSON array; an AssertionError naming the request otherwise. */
    public static JsonArray array(String what, HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new AssertionError(what + " answered " + r.statusCode() + ": " + r.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    /** A manager sets the rate of the day; the response whatever its status. */
    public HttpResponse<String> putExchangeRate(BranchId branch, String json) {
        return put("/api/branches/" + branch + "/exchange-rate", json);
    }

    /** Sets the rate of the day; fails the test unless 200. */
    public JsonObject setExchangeRate(BranchId branch, long lbpPerUsd) {
        return expect(200, "PUT exchange-rate", putExchangeRate(branch, "{\"lbpPerUsd\":" + lbpPerUsd + "}"));
    }

    /** A manager sets VAT; the response whatever its status. */
    public HttpResponse<String> putVat(BranchId branch, String json) {
        return put("/api/branches/" + branch + "/vat", json);
    }

    /** Sets VAT; fails the test unless 200. */
    public JsonObject setVat(BranchId branch, int basisPoints, boolean included) {
        return expect(200, "PUT vat", putVat(branch, "{\"basisPoints\":" + basisPoints + ",\"included\":" + included
                + "}"));
    }

    /** The people who sign in on the branch's tills: [{id, name, role, active}]. */
    public JsonArray tillStaff(BranchId branch) {
        return array("GET staff", get("/api/branches/" + branch + "/staff"));
    }

    /** Adds someone who signs in on the tills; the response whatever its status. */
    public HttpResponse<String> postTillStaff(BranchId branch, String json) {
        return post("/api/branches/" + branch + "/staff", json);
    }

    /** Adds someone who signs in on the tills with {@code pin}; their id. Fails the test unless 201. */
    public java.util.UUID addTillStaff(BranchId branch, String name, String role, String pin) {
        return java.util.UUID.fromString(expect(201, "POST staff", postTillStaff(branch, Json.createObjectBuilder()
                .add("name", name).add("role", role).add("pin", pin).build().toString())).getString("id"));
    }

    /** Changes a till member's PIN; the response whatever its status. */
    public HttpResponse<String> putTillStaffPin(BranchId branch, Object staffId, String json) {
        return put("/api/branches/" + branch + "/staff/" + staffId + "/pin", json);
    }

    /** Deactivates a till member; the response whatever its status. */
    public HttpResponse<String> deleteTillStaff(BranchId branch, Object staffId) {
        return delete("/api/branches/" + branch + "/staff/" + staffId);
    }

    /** The branch's audit trail, newest first: [{atMs, actor, action, subject, detail}]. */
    public JsonArray audit(BranchId branch, int limit) {
        return array("GET audit", get("/api/branches/" + branch + "/audit?limit=" + limit));
    }

    /** The branch's tills' shift records, newest first: [{terminalId, shiftId, operation, atMs, payload}]. */
    public JsonArray shifts(BranchId branch, int limit) {
        return array("GET shifts", get("/api/branches/" + branch + "/shifts?limit=" + limit));
    }

    public long catalogVersion(BranchId branch) {
        return branch(branch).getJsonNumber("catalogVersion").longValue();
    }

    public JsonObject branch(BranchId branch) {
        return expect(200, "GET branch", get("/api/branches/" + branch));
    }

    public long changeHead(BranchId branch) {
        return branch(branch).getJsonNumber("changeHead").longValue();
    }

    /** The JSON object body of a response with the expected status; otherwise an AssertionError with both. */
    public static JsonObject expect(int status, String what, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            throw new AssertionError(what + " answered " + r.statusCode() + " (expected " + status + "): " + r.body());
        }
        return json(r);
    }

    public static JsonObject json(HttpResponse<String> r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
