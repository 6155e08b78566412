package cedarpos.server.platform;

import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A 200 answer whose body is a JSON object or array built with {@code cedarpos.protocol.v1.Jsons}. */
public final class JsonAnswer {
    private JsonAnswer() {
    }

    public static Response ok(JsonStructure json) {
        return Response.ok(json.toString(), MediaType.APPLICATION_JSON).build();
    }
}
