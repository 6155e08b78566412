package cedarpos.server.inventory.web;

import cedarpos.domain.BranchId;
import cedarpos.server.admin.AuditLog;
import cedarpos.server.inventory.Stock;
import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.ServerDatabase;
import cedarpos.server.table.CatalogService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;

/**
 * Stock items of a branch and their balances (adjustments and recipes: sync module, which sends them to the
 * terminals).
 */
@Path("/branches/{branchId}/stock")
@RequestScoped
public class StockResource {
    @Inject
    private Stock stock;

    @Inject
    private CatalogService catalog;

    @Inject
    private ServerDatabase database;

    @Inject
    private AuditLog audit;

    @Context
    private SecurityContext security;

    /** [{id,name,unit,level,held,available,version}]: level = the sum of the item's adjustments. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response levels(@PathParam("branchId") String branchIdText) {
        BranchId branchId = RequestBody.branchId(branchIdText);
        if (!database.isReady()) {
            return ApiError.unavailable(database.problem());
        }
        if (catalog.branch(branchId).isEmpty()) {
            return ApiError.notFound("UNKNOWN_BRANCH", "no branch " + branchId);
        }
        return Response.ok(stock.items(branchId)).build();
    }

    /** {@code {"name","unit"}} -> 201 with the item, nothing in stock; 409 STOCK_ITEM_EXISTS for a taken name. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(@PathParam("branchId") String branchIdText, String body) {
        BranchId branchId = RequestBody.branchId(branchIdText);
        RequestBody request = RequestBody.parse(body, false);
        String name = request.string("name", 200).strip();
        String unit = request.string("unit", 40).strip();
        if (!database.isReady()) {
            return ApiError.unavailable(database.problem());
        }
        if (catalog.branch(branchId).isEmpty()) {
            return ApiError.notFound("UNKNOWN_BRANCH", "no branch " + branchId);
        }
        Stock.StockItemView item = stock.createItem(branchId, name, unit);
        audit.record(security.getUserPrincipal().getName(), "STOCK_ITEM_CREATED", branchId, item.id(),
                "name=" + item.name() + " unit=" + item.unit());
        return Response.created(URI.create("/api/branches/" + branchId + "/stock/" + item.id())).entity(item).build();
    }
}
