package cedarpos.server.inventory.web;

import cedarpos.domain.BranchId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.merge.StockAdjustment;
import cedarpos.server.inventory.Stock;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.inventory.internal.StockAdjustments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The stock ledger of a branch. A manager's adjustment is a change like a terminal's: it takes the next
 * change log sequence and reaches every terminal ({@code StockAdjustments}).
 */
@Path("/branches/{branchId}/stock/adjustments")
@RequestScoped
public class StockAdjustmentsResource {
    @Inject
    private StockAdjustments changes;

    @Inject
    private Stock stock;

    @Context
    private SecurityContext security;

    /** [{id,stockItemId,reason,delta,note,stamp,origin,createdAtMs}], newest first. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("branchId") BranchId branchId) {
        return Response.ok(stock.adjustments(branchId)).build();
    }

    /** {@code {"stockItemId","reason":"DELIVERY|WASTE|COUNT","delta","note"?}} -> 201 with the adjustment. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response adjust(@PathParam("branchId") BranchId branchId, String body) {
        RequestBody request = RequestBody.parse(body, false);
        StockItemId item = new StockItemId(request.uuid("stockItemId"));
        StockAdjustment.Reason reason;
        try {
            reason = StockAdjustment.Reason.valueOf(request.string("reason", 20));
        } catch (IllegalArgumentException e) {
            reason = null;
        }
        if (reason == null || reason == StockAdjustment.Reason.SALE) {
            // sales come from settled checks only, so the ledger and the reservations always agree
            throw RequestRefused.invalidField("reason", "reason must be one of DELIVERY, WASTE, COUNT");
        }
        JsonObject json = request.json();
        JsonValue d = json.get("delta");
        if (!(d instanceof JsonNumber n) || !n.isIntegral()) {
            throw RequestRefused.invalidField("delta", "delta must be a whole number");
        }
        long delta;
        try {
            delta = n.longValueExact();
        } catch (ArithmeticException e) {
            throw RequestRefused.invalidField("delta", "delta is out of range");
        }
        JsonValue noteValue = json.get("note");
        String note = null;
        if (noteValue instanceof JsonString s) {
            note = s.getString();
        } else if (noteValue != null && noteValue != JsonValue.NULL) {
            throw RequestRefused.invalidField("note", "note must be a string");
        }
        JsonObject made = changes.adjust(branchId, item, reason, delta, note,
                security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON).entity(made.toString())
                .build();
    }
}
