package cedarpos.server.order.web;

import cedarpos.domain.BranchId;
import cedarpos.domain.OrderId;
import cedarpos.server.order.OrderDetail;
import cedarpos.server.order.OrderService;
import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.ServerDatabase;
import cedarpos.server.table.CatalogService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** What the server database holds for a branch: used by managers' tools and by tests. */
@Path("/branches/{branchId}/orders")
@RequestScoped
public class BranchOrdersResource {
    @Inject
    private OrderService orders;

    @Inject
    private CatalogService catalog;

    @Inject
    private ServerDatabase database;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("branchId") String branchIdText) {
        BranchId branchId = RequestBody.branchId(branchIdText);
        if (!database.isReady()) {
            return ApiError.unavailable(database.problem());
        }
        if (catalog.branch(branchId).isEmpty()) {
            return ApiError.notFound("UNKNOWN_BRANCH", "no branch " + branchId);
        }
        return Response.ok(orders.listForBranch(branchId)).build();
    }

    /** The order as the merge decides it, with its lines, its review queue rows and its whole state. */
    @GET
    @Path("{orderId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("branchId") String branchIdText, @PathParam("orderId") String orderIdText) {
        BranchId branchId = RequestBody.branchId(branchIdText);
        OrderId orderId = new OrderId(RequestBody.uuid("orderId", orderIdText));
        if (!database.isReady()) {
            return ApiError.unavailable(database.problem());
        }
        Optional<OrderDetail> order = orders.find(branchId, orderId);
        if (order.isEmpty()) {
            return ApiError.notFound("UNKNOWN_ORDER", "no order " + orderId + " in branch " + branchId);
        }
        return Response.ok(OrderJsonViews.order(order.get()).toString(), MediaType.APPLICATION_JSON).build();
    }
}
