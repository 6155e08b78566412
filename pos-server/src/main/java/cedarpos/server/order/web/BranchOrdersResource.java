package cedarpos.server.order.web;

import cedarpos.domain.BranchId;
import cedarpos.domain.OrderId;
import cedarpos.server.order.OrderDetail;
import cedarpos.server.order.OrderPage;
import cedarpos.server.order.OrderService;
import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/** What the server database holds for a branch: used by managers' tools and by tests. */
@Path("/branches/{branchId}/orders")
@RequestScoped
public class BranchOrdersResource {
    static final int MAX_LIMIT = 1_000;

    @Inject
    private OrderService orders;

    /**
     * {@code ?limit=1..1000} (default 500) {@code &after=<position>} -> one page of the branch's orders, newest
     * first; when more follow, a {@code Link: <...?limit=N&after=P>; rel="next"} header names the next page.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("branchId") BranchId branchId,
                         @QueryParam("limit") @DefaultValue("500") String limitText,
                         @QueryParam("after") String afterText, @Context UriInfo uri) {
        int limit = RequestBody.limit(limitText, MAX_LIMIT);
        OrderPage.Position after = afterText == null ? null : OrderPage.Position.parse(afterText);
        OrderPage page = orders.listForBranch(branchId, after, limit);
        Response.ResponseBuilder r = Response.ok(page.orders());
        page.next().ifPresent(next -> r.link(uri.getRequestUriBuilder().replaceQueryParam("limit", limit)
                .replaceQueryParam("after", next.toString()).build(), "next"));
        return r.build();
    }

    /** The order as the merge decides it, with its lines, its review queue rows and its whole state. */
    @GET
    @Path("{orderId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("branchId") BranchId branchId, @PathParam("orderId") String orderIdText) {
        OrderId orderId = new OrderId(RequestBody.uuid("orderId", orderIdText));
        Optional<OrderDetail> order = orders.find(branchId, orderId);
        if (order.isEmpty()) {
            return ApiError.notFound("UNKNOWN_ORDER", "no order " + orderId + " in branch " + branchId);
        }
        return Response.ok(OrderJsonViews.order(order.get()).toString(), MediaType.APPLICATION_JSON).build();
    }
}
