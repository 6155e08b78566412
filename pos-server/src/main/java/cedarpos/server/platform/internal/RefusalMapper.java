package cedarpos.server.platform.internal;

import cedarpos.server.platform.RequestRefused;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every module's refusals become {"code","message"} with their status. */
@Provider
public class RefusalMapper implements ExceptionMapper<RequestRefused> {
    @Override
    public Response toResponse(RequestRefused e) {
        return e.toResponse();
    }
}
