package cedarpos.server.inventory.web;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.stock.Portion;
import cedarpos.domain.stock.Recipe;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.StockJson;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.inventory.internal.RecipeChanges;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;

/**
 * What one portion of a dish takes from stock. A recipe reaches every terminal in the catalog (sent at once to
 * those connected).
 */
@Path("/branches/{branchId}/menu-items/{menuItemId}/recipe")
@RequestScoped
public class RecipeResource {
    @Inject
    private RecipeChanges changes;

    @Context
    private SecurityContext security;

    /**
     * {@code {"portions":[{"stockItemId","perPortion"}]}} -> 200 with the recipe; {@code []} stops tracking the
     * dish. 404 UNKNOWN_MENU_ITEM, 400 INVALID_FIELD; nothing changes on any error.
     */
    @PUT
    @Produces(MediaType.APPLICATION_JSON)
    public Response set(@PathParam("branchId") BranchId branchId, @PathParam("menuItemId") String menuItemText,
                        String body) {
        MenuItemId menuItem = new MenuItemId(RequestBody.uuid("menuItemId", menuItemText));
        JsonValue raw = RequestBody.parse(body, false).json().get("portions");
        if (!(raw instanceof JsonArray array)) {
            throw RequestRefused.invalidField("portions", "portions must be an array of {stockItemId, perPortion}");
        }
        List<Portion> portions;
        try {
            // the same reader and limits as a recipe in the catalog
            portions = StockJson.decodePortions(array.toString());
        } catch (ProtocolException e) {
            throw RequestRefused.invalidField(e.getMessage().replaceFirst("^payload\\.", ""));
        }
        Recipe recipe = changes.set(branchId, menuItem, portions, security.getUserPrincipal().getName());
        return Response.ok(Map.of("menuItemId", recipe.menuItem().toString(), "portions", recipe.portions().stream()
                .map(p -> Map.of("stockItemId", p.item().toString(), "perPortion", p.perPortion())).toList()))
                .build();
    }
}
