package cedarpos.server.inventory.web;

import cedarpos.domain.BranchId;
import cedarpos.server.inventory.Stock;
import cedarpos.server.platform.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
 * Stock items of a branch and their balances (adjustments: StockAdjustmentsResource; recipes: RecipeResource).
 */
@Path("/branches/{branchId}/stock")
@RequestScoped
public class StockResource {
    @Inject
    private Stock stock;

    @Context
    private SecurityContext security;

    /** [{id,name,unit,level,held,available,version}]: level = the sum of the item's adjustments. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response levels(@PathParam("branchId") BranchId branchId) {
        return Response.ok(stock.items(branchId)).build();
    }

    /** {@code {"name","unit"}} -> 201 with the item, nothing in stock; 409 STOCK_ITEM_EXISTS for a taken name. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("branchId") BranchId branchId, String body) {
        RequestBody request = RequestBody.parse(body, false);
        String name = request.string("name", 200).strip();
        String unit = request.string("unit", 40).strip();
        Stock.StockItemView item = stock.createItem(branchId, name, unit, security.getUserPrincipal().getName());
        return Response.created(URI.create("/api/branches/" + branchId + "/stock/" + item.id())).entity(item).build();
    }
}
