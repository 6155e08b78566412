package cedarpos.server.enrollment.web;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.server.enrollment.Enrollments;
import cedarpos.server.platform.BranchScope;
import cedarpos.server.platform.RequestRefused;
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

/**
 * A manager revokes a terminal's device token (lost or stolen device); its open connections end at once. 404
 * UNKNOWN_TERMINAL, 403 BRANCH_FORBIDDEN when the terminal is of a branch the caller's account does not work on.
 */
@Path("/terminals/{terminalId}/token")
@RequestScoped
public class TerminalTokenResource {
    @Inject
    private TerminalAccess access;

    @Inject
    private Enrollments enrollments;

    @Inject
    private BranchScope scope;

    @Context
    private SecurityContext security;

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    public Response revoke(@PathParam("terminalId") String terminalIdText) {
        TerminalId terminalId = new TerminalId(RequestBody.uuid("terminalId", terminalIdText));
        BranchId branch = enrollments.branchOf(terminalId).orElseThrow(() -> new RequestRefused(404,
                "UNKNOWN_TERMINAL", "no terminal " + terminalId));
        if (!scope.of(security).test(branch)) {
            throw BranchScope.forbidden(branch);
        }
        access.revoke(terminalId, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
