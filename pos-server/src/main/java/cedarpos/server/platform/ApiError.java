package cedarpos.server.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON body of every refused REST request: a stable code for machines, a message for people. */
public record ApiError(String code, String message) {

    public Response toResponse(Response.Status status) {
        return toResponse(status.getStatusCode());
    }

    public Response toResponse(int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(this).build();
    }

    public static Response badRequest(String code, String message) {
        return new ApiError(code, message).toResponse(Response.Status.BAD_REQUEST);
    }

    public static Response notFound(String code, String message) {
        return new ApiError(code, message).toResponse(Response.Status.NOT_FOUND);
    }

    public static Response unavailable(String message) {
        return new ApiError("DATABASE_UNAVAILABLE", message).toResponse(Response.Status.SERVICE_UNAVAILABLE);
    }
}
