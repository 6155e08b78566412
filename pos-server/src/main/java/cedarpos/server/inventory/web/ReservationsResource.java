package cedarpos.server.inventory.web;

import cedarpos.domain.BranchId;
import cedarpos.domain.stock.ReservationStatus;
import cedarpos.server.inventory.Recipes;
import cedarpos.server.inventory.Reservations;
import cedarpos.server.platform.RequestRefused;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The manager's view of stock claims: reservations by status, the 86 list and the recipes. */
@Path("/branches/{branchId}")
@RequestScoped
public class ReservationsResource {
    @Inject
    private Reservations reservations;

    @Inject
    private Recipes recipes;

    public record PortionJson(String stockItemId, long perPortion) {
    }

    public record RecipeJson(String menuItemId, List<PortionJson> portions) {
    }

    /**
     * The branch's reservations, newest decision first; {@code ?status=confirmed|denied|released|consumed|pending}
     * filters (the server decides a claim in the transaction that brings it, so it holds no pending ones: those
     * wait on the terminals, shown on their lines, until the entry arrives).
     */
    @GET
    @Path("reservations")
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("branchId") BranchId branchId, @QueryParam("status") String statusText) {
        ReservationStatus status = status(statusText);
        return Response.ok(reservations.list(branchId, status)).build();
    }

    /** The 86 list: dishes not one more portion of which can be made from the available stock. */
    @GET
    @Path("sold-out")
    @Produces(MediaType.APPLICATION_JSON)
    public Response soldOut(@PathParam("branchId") BranchId branchId) {
        return Response.ok(reservations.soldOut(branchId)).build();
    }

    /** [{menuItemId, portions:[{stockItemId, perPortion}]}] of the tracked dishes. */
    @GET
    @Path("recipes")
    @Produces(MediaType.APPLICATION_JSON)
    public Response recipes(@PathParam("branchId") BranchId branchId) {
        return Response.ok(recipes.all(branchId).stream()
                .map(r -> new RecipeJson(r.menuItem().toString(), r.portions().stream()
                        .map(p -> new PortionJson(p.item().toString(), p.perPortion())).toList())).toList()).build();
    }

    private static ReservationStatus status(String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("all")) {
            return null;
        }
        try {
            return ReservationStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RequestRefused.invalidField("status", "status must be one of " + Arrays.toString(ReservationStatus.values())
                    .toLowerCase(Locale.ROOT) + " or all, got \"" + (text.length() > 40 ? text.substring(0, 40)
                    : text) + "\"");
        }
    }
}
