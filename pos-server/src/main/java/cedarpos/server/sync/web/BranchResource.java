package cedarpos.server.sync.web;

import cedarpos.domain.BranchId;
import cedarpos.server.broadcast.SessionRegistry;
import cedarpos.server.inventory.MenuAvailability;
import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.ServerDatabase;
import cedarpos.server.sync.internal.SyncService;
import cedarpos.server.table.BranchInfo;
import cedarpos.server.table.CatalogService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/** Sync status of one branch: its change head, live connections and switched-off dishes. */
@Path("/branches/{branchId}")
@RequestScoped
public class BranchResource {
    @Inject
    private CatalogService catalog;

    @Inject
    private SyncService sync;

    @Inject
    private SessionRegistry sessions;

    @Inject
    private MenuAvailability availability;

    @Inject
    private ServerDatabase database;

    public record BranchView(String id, String name, String currency, long catalogVersion, long changeHead,
                             int openSessions, List<String> unavailableMenuItems) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("branchId") String branchIdText) {
        BranchId branchId = RequestBody.branchId(branchIdText);
        if (!database.isReady()) {
            return ApiError.unavailable(database.problem());
        }
        Optional<BranchInfo> branch = catalog.branch(branchId);
        if (branch.isEmpty()) {
            return ApiError.notFound("UNKNOWN_BRANCH", "no branch " + branchId);
        }
        BranchInfo b = branch.get();
        List<String> off = availability.unavailable(branchId).stream().map(Object::toString).sorted().toList();
        return Response.ok(new BranchView(b.id().toString(), b.name(), b.currency().name(), b.catalogVersion(),
                sync.head(branchId).orElse(0), sessions.openSessions(branchId), off)).build();
    }
}
