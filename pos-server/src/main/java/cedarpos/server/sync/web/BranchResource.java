package cedarpos.server.sync.web;

import cedarpos.domain.BranchId;
import cedarpos.server.platform.ApiError;
import cedarpos.server.sync.internal.BranchSyncStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Sync status of one branch: {@code {"id","name","currency","catalogVersion","changeHead","openSessions",
 * "unavailableMenuItems"}}.
 */
@Path("/branches/{branchId}")
@RequestScoped
public class BranchResource {
    @Inject
    private BranchSyncStatus status;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("branchId") BranchId branchId) {
        return status.of(branchId).map(v -> Response.ok(v).build()).orElseGet(() -> ApiError.unknownBranch(branchId));
    }
}
