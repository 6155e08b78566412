package cedarpos.server.sync.web;

import cedarpos.domain.BranchId;
import cedarpos.server.sync.internal.BranchTerminals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The branch's tills: {@code [{"terminalId","name","enrolledAtMs","revoked","online","onlineSinceMs"?,
 * "lastSeenAtMs","lastAppliedSeq"}]}, by name.
 */
@Path("/branches/{branchId}/terminals")
@RequestScoped
public class BranchTerminalsResource {
    @Inject
    private BranchTerminals terminals;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("branchId") BranchId branchId) {
        return Response.ok(terminals.of(branchId)).build();
    }
}
