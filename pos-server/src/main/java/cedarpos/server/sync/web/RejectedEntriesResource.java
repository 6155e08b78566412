package cedarpos.server.sync.web;

import cedarpos.server.platform.JsonAnswer;
import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.sync.internal.RejectedEntries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Outbox entries the server could never apply (see docs/protocol.md, rejected entries): what a till sold or did
 * that did not reach the books, for a manager to see and redo by hand.
 */
@Path("/branches/{branchId}/rejected-entries")
@RequestScoped
public class RejectedEntriesResource {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    @Inject
    private RejectedEntries rejected;

    /**
     * {@code ?terminalId=&limit=} -> [{entryId,terminalId,terminalName,seq,entity,recordId,operation,eventTimeMs,
     * code,message,rejectedAtMs,payload}], newest first; 400 INVALID_FIELD, 404 UNKNOWN_BRANCH, 503.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("branchId") BranchId branchId, @QueryParam("terminalId") String terminalText,
                         @QueryParam("limit") String limitText) {
        TerminalId terminal = terminalText == null ? null
                : new TerminalId(RequestBody.uuid("terminalId", terminalText));
        int limit = limitText == null ? DEFAULT_LIMIT : RequestBody.limit(limitText, MAX_LIMIT);
        return JsonAnswer.ok(rejected.of(branchId, terminal, limit));
    }
}
