package cedarpos.server.platform;

import jakarta.ws.rs.core.Response;

/**
 * A REST request refused with an HTTP status and an {@link ApiError}; thrown
 * from resources and services, answered as JSON. Nothing was changed: throwing
 * it inside a transaction rolls the transaction back.
 */
public class RequestRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final String field;

    public RequestRefused(int status, String code, String message) {
        this(status, code, message, null);
    }

    private RequestRefused(int status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    /** 400 INVALID_FIELD: a field of the request is missing, mistyped or out of range. */
    public static RequestRefused invalidField(String message) {
        return new RequestRefused(400, "INVALID_FIELD", message);
    }

    /** 400 INVALID_FIELD naming the body field at fault ({@code field} in the answer). */
    public static RequestRefused invalidField(String field, String message) {
        return new RequestRefused(400, "INVALID_FIELD", message, field);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Response toResponse() {
        return new ApiError(code, getMessage(), field).toResponse(status);
    }
}
