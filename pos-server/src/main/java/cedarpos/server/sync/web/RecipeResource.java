package cedarpos.server.sync.web;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.stock.Portion;
import cedarpos.domain.stock.Recipe;
import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.platform.ServerDatabase;
import cedarpos.server.sync.internal.ManagerChanges;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one portion of a dish takes from stock. A recipe reaches every terminal in the catalog (sent at once to
 * those connected), hence the sync module.
 */
@Path("/branches/{branchId}/menu-items/{menuItemId}/recipe")
@RequestScoped
public class RecipeResource {
    @Inject
    private ManagerChanges changes;

    @Inject
    private ServerDatabase database;

    @Context
    private SecurityContext security;

    /**
     * {@code {"portions":[{"stockItemId","perPortion"}]}} -> 200 with the recipe; {@code []} stops tracking the
     * dish. 404 UNKNOWN_MENU_ITEM, 400 INVALID_FIELD; nothing changes on any error.
     */
    @PUT
    @Produces(MediaType.APPLICATION_JSON)
    public Response set(@PathParam("branchId") String branchIdText, @PathParam("menuItemId") String menuItemText,
                        String body) {
        BranchId branchId = RequestBody.branchId(branchIdText);
        MenuItemId menuItem = new MenuItemId(RequestBody.uuid("menuItemId", menuItemText));
        JsonValue raw = RequestBody.parse(body, false).json().get("portions");
        if (!(raw instanceof JsonArray array)) {
            throw RequestRefused.invalidField("portions must be an array of {stockItemId, perPortion}");
        }
        if (array.size() > Recipe.MAX_PORTIONS) {
            throw RequestRefused.invalidField("portions has at most " + Recipe.MAX_PORTIONS + " elements, got "
                    + array.size());
        }
        List<Portion> portions = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject p)) {
                throw RequestRefused.invalidField("portions[" + i + "] must be an object");
            }
            if (!(p.get("stockItemId") instanceof JsonString s)) {
                throw RequestRefused.invalidField("portions[" + i + "].stockItemId must be a UUID string");
            }
            StockItemId item = new StockItemId(RequestBody.uuid("portions[" + i + "].stockItemId", s.getString()));
            if (!(p.get("perPortion") instanceof JsonNumber n) || !n.isIntegral()
                    || n.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(Portion.MAX_PER_PORTION)) > 0
                    || n.longValue() < 1) {
                throw RequestRefused.invalidField("portions[" + i + "].perPortion must be a whole number between 1"
                        + " and " + Portion.MAX_PER_PORTION);
            }
            portions.add(new Portion(item, n.longValue()));
        }
        if (!database.isReady()) {
            return ApiError.unavailable(database.problem());
        }
        Recipe recipe = changes.setRecipe(branchId, menuItem, portions, security.getUserPrincipal().getName());
        return Response.ok(Map.of("menuItemId", recipe.menuItem().toString(), "portions", recipe.portions().stream()
                .map(p -> Map.of("stockItemId", p.item().toString(), "perPortion", p.perPortion())).toList()))
                .build();
    }
}
