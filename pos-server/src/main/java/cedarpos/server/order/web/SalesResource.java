package cedarpos.server.order.web;

import cedarpos.domain.BranchId;
import cedarpos.server.order.Sales;
import cedarpos.server.platform.JsonAnswer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The manager's dashboard: a branch's sales of one business day (docs/protocol.md, "Sales"). */
@Path("/branches/{branchId}/sales")
@RequestScoped
public class SalesResource {
    @Inject
    private Sales sales;

    /** {@code ?day=YYYY-MM-DD} (default: today in the server's business zone). */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("branchId") BranchId branchId, @QueryParam("day") String dayText) {
        return JsonAnswer.ok(SalesJson.branch(sales.ofBranch(branchId, SalesJson.day(dayText, sales.today()))));
    }
}
