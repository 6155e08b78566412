package cedarpos.server.order.web;

import cedarpos.domain.BranchId;
import cedarpos.server.order.OrderService;
import cedarpos.server.platform.RequestRefused;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The review queue of a branch: what the merge could not decide alone (resolutions: ConflictResolutionResource). */
@Path("/branches/{branchId}/conflicts")
@RequestScoped
public class ConflictsResource {
    @Inject
    private OrderService orders;

    /** {@code ?status=open|resolved|all} (default open), newest first. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("branchId") BranchId branchId,
                         @QueryParam("status") @DefaultValue("open") String status) {
        String filter = switch (status) {
            case "open" -> "OPEN";
            case "resolved" -> "RESOLVED";
            case "all" -> null;
            default -> throw RequestRefused.invalidField("status", "status must be open, resolved or all");
        };
        return Response.ok(OrderJsonViews.conflicts(orders.conflicts(branchId, filter)).build().toString(),
                MediaType.APPLICATION_JSON).build();
    }
}
