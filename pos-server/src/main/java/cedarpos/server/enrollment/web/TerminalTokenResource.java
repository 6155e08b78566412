package cedarpos.server.enrollment.web;

import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.ErrorMessage;
import cedarpos.server.broadcast.SessionRegistry;
import cedarpos.server.enrollment.Enrollments;
import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.ServerDatabase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.logging.Logger;

/** A manager revokes a terminal's device token (lost or stolen device); its open connections end at once. */
@Path("/terminals/{terminalId}/token")
@RequestScoped
public class TerminalTokenResource {
    private static final Logger LOG = Logger.getLogger(TerminalTokenResource.class.getName());

    @Inject
    private Enrollments enrollments;

    @Inject
    private SessionRegistry sessions;

    @Inject
    private ServerDatabase database;

    @Context
    private SecurityContext security;

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    public Response revoke(@PathParam("terminalId") String terminalIdText) {
        TerminalId terminalId = new TerminalId(RequestBody.uuid("terminalId", terminalIdText));
        if (!database.isReady()) {
            return ApiError.unavailable(database.problem());
        }
        String actor = security.getUserPrincipal().getName();
        boolean changed = enrollments.revoke(terminalId, actor);
        // after the commit: a connection opened meanwhile checked its token and found it revoked, or is closed here
        int closed = sessions.closeTerminal(terminalId, new ErrorMessage(ErrorCode.TOKEN_REVOKED,
                "a manager revoked this terminal's token; enroll it again"),
                new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, ErrorCode.TOKEN_REVOKED.name()));
        LOG.info(() -> "token revoke terminal=" + terminalId + " by=" + actor + " changed=" + changed
                + " closedSessions=" + closed);
        return Response.noContent().build();
    }
}
