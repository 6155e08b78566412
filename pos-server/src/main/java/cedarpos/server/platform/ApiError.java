package cedarpos.server.platform;

import cedarpos.protocol.v1.Jsons;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import jakarta.ws.rs.core.Response;

/**
 * The JSON body of every refused REST request: a stable code for machines, a message for people and, when one field
 * of the request body is at fault, its name ({@code field}, absent otherwise), so a form can show the message next
 * to that field.
 */
public record ApiError(String code, String message, String field) {

    public ApiError(String code, String message) {
        this(code, message, null);
    }

    /** The body as JSON text: {@code {"code","message","field"?}}. */
    public String toJson() {
        JsonObjectBuilder b = Jsons.objectBuilder().add("code", code).add("message", message);
        if (field != null) {
            b.add("field", field);
        }
        return b.build().toString();
    }

    /**
     * Writes this body on a servlet response whose status the caller has set: for answers given outside JAX-RS
     * (a filter, the container's error pages).
     */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(toJson());
    }

    public Response toResponse(Response.Status status) {
        return toResponse(status.getStatusCode());
    }

    public Response toResponse(int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(toJson()).build();
    }

    public static Response badRequest(String code, String message) {
        return new ApiError(code, message).toResponse(Response.Status.BAD_REQUEST);
    }

    public static Response notFound(String code, String message) {
        return new ApiError(code, message).toResponse(Response.Status.NOT_FOUND);
    }

    /** 404 UNKNOWN_BRANCH. */
    public static Response unknownBranch(cedarpos.domain.BranchId branch) {
        return notFound("UNKNOWN_BRANCH", "no branch " + branch);
    }

    public static Response unavailable(String message) {
        return new ApiError("DATABASE_UNAVAILABLE", message).toResponse(Response.Status.SERVICE_UNAVAILABLE);
    }
}
