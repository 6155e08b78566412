package cedarpos.server.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A browser's view of the REST API: a cookie jar, the web admin's {@code X-Requested-With} header on every request
 * and, once signed in, the session's CSRF token on the requests that change something (unless told to leave it out,
 * as another site's page would).
 */
public final class WebSession {
    private final HttpClient http;
    private final String baseUrl;
    private String csrfToken;

    public WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** {@code POST /api/session}; on 200 keeps the CSRF token it answered. */
    public HttpResponse<String> signIn(String user, String password) {
        HttpResponse<String> r = send("POST", "/api/session", Json.createObjectBuilder().add("username", user)
                .add("password", password).build().toString(), false);
        if (r.statusCode() == 200) {
            csrfToken = ServerApi.json(r).getString("csrfToken");
        }
        return r;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, false);
    }

    public HttpResponse<String> put(String path, String json) {
        return send("PUT", path, json, true);
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, json, true);
    }

    public HttpResponse<String> delete(String path) {
        return send("DELETE", path, null, true);
    }

    /** The request as another site's page could make it: the session's cookie, but no CSRF token. */
    public HttpResponse<String> withoutCsrf(String method, String path, String json) {
        return send(method, path, json, false);
    }

    public static JsonObject json(HttpResponse<String> r) {
        return ServerApi.json(r);
    }

    private HttpResponse<String> send(String method, String path, String json, boolean csrf) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("X-Requested-With", "cedarpos-admin")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (csrf && csrfToken != null) {
            b.header("X-CSRF-Token", csrfToken);
        }
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
