package cedarpos.server.testing;

import cedarpos.domain.BranchId;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The server's REST API as tests read it: what the server database holds. */
public final class ServerApi {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public ServerApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonArray orders(BranchId branch) {
        HttpResponse<String> r = get("/api/branches/" + branch + "/orders");
        if (r.statusCode() != 200) {
            throw new AssertionError("GET orders answered " + r.statusCode() + ": " + r.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    /** The order with this id as the server stores it, or null. */
    public JsonObject order(BranchId branch, String orderId) {
        for (JsonObject o : orders(branch).getValuesAs(JsonObject.class)) {
            if (o.getString("id").equals(orderId)) {
                return o;
            }
        }
        return null;
    }

    public JsonObject branch(BranchId branch) {
        HttpResponse<String> r = get("/api/branches/" + branch);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET branch answered " + r.statusCode() + ": " + r.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    public long changeHead(BranchId branch) {
        return branch(branch).getJsonNumber("changeHead").longValue();
    }
}
