package cedarpos.server.order.web;

import cedarpos.server.order.Sales;
import cedarpos.server.platform.JsonAnswer;
import cedarpos.server.platform.BranchScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;

/**
 * The chain's sales of one business day: the totals of each branch the caller works on (an admin: every branch; a
 * manager: its own). Managers and admins only (web.xml).
 */
@Path("/sales")
@RequestScoped
public class ChainSalesResource {
    @Inject
    private Sales sales;

    @Inject
    private BranchScope scope;

    @Context
    private SecurityContext security;

    /** {@code ?day=YYYY-MM-DD} (default: today in the server's business zone). */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@QueryParam("day") String dayText) {
        LocalDate day = SalesJson.day(dayText, sales.today());
        return JsonAnswer.ok(SalesJson.chain(day, sales.zone().getId(), sales.ofChain(scope.of(security), day)));
    }
}
