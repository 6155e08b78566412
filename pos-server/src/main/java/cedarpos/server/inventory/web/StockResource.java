package cedarpos.server.inventory.web;

import cedarpos.domain.BranchId;
import cedarpos.server.inventory.Stock;
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

/** Stock levels of a branch (adjustments: sync module, which writes them to the change log). */
@Path("/branches/{branchId}/stock")
@RequestScoped
public class StockResource {
    @Inject
    private Stock stock;

    @Inject
    private CatalogService catalog;

    @Inject
    private ServerDatabase database;

    /** [{id,name,unit,level}], level = the sum of the item's adjustments. */
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
}
