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

    public RequestRefused(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** 400 INVALID_FIELD: a field of the request is missing, mistyped or out of range. */
    public static RequestRefused invalidField(String message) {
        return new RequestRefused(400, "INVALID_FIELD", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Response toResponse() {
        return new ApiError(code, getMessage()).toResponse(status);
    }
}
