package cedarpos.server.enrollment.web;

import cedarpos.domain.TerminalId;
import cedarpos.server.enrollment.internal.TerminalAccess;
import cedarpos.server.platform.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** A manager revokes a terminal's device token (lost or stolen device); its open connections end at once. */
@Path("/terminals/{terminalId}/token")
@RequestScoped
public class TerminalTokenResource {
    @Inject
    private TerminalAccess access;

    @Context
    private SecurityContext security;

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    public Response revoke(@PathParam("terminalId") String terminalIdText) {
        TerminalId terminalId = new TerminalId(RequestBody.uuid("terminalId", terminalIdText));
        access.revoke(terminalId, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
