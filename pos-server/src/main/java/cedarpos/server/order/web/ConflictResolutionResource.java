package cedarpos.server.order.web;

import cedarpos.domain.BranchId;
import cedarpos.domain.merge.Resolution;
import cedarpos.domain.merge.Stamp;
import cedarpos.server.order.ConflictView;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.order.internal.ConflictResolutions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * A manager resolves a conflict of the review queue ({@code ConflictResolutions}): a change like any other, it
 * takes the next change log sequence and reaches every terminal.
 */
@Path("/branches/{branchId}/conflicts/{conflictId}/resolution")
@RequestScoped
public class ConflictResolutionResource {
    @Inject
    private ConflictResolutions changes;

    @Context
    private SecurityContext security;

    /**
     * {@code {"choice":"KEEP|KEEP_BOTH|REJECT|CUSTOM","version":"<stamp>"?,"quantity":n?,"note":"..."?,
     * "voided":bool?}} -> 200 with the conflict; 404 UNKNOWN_CONFLICT, 409 CONFLICT_NOT_OPEN,
     * 400 INVALID_FIELD / INVALID_RESOLUTION.
     */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response resolve(@PathParam("branchId") BranchId branchId, @PathParam("conflictId") String conflictId,
                            String body) {
        RequestBody.uuid("conflictId", conflictId);
        Resolution resolution = resolution(RequestBody.parse(body, false).json());
        ConflictView resolved = changes.resolve(branchId, conflictId, resolution,
                security.getUserPrincipal().getName());
        return Response.ok(OrderJsonViews.conflict(resolved).toString(), MediaType.APPLICATION_JSON).build();
    }

    static Resolution resolution(JsonObject json) {
        Resolution.Choice choice;
        try {
            choice = Resolution.Choice.valueOf(text(json, "choice"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw RequestRefused.invalidField("choice", "choice must be one of KEEP, KEEP_BOTH, REJECT, CUSTOM");
        }
        Stamp version = null;
        String v = text(json, "version");
        if (v != null) {
            try {
                version = Stamp.parse(v);
            } catch (IllegalArgumentException e) {
                throw RequestRefused.invalidField("version", "version must be a stamp <atMs>:<origin uuid>:<seq>");
            }
        }
        Integer quantity = null;
        JsonValue q = json.get("quantity");
        if (q != null && q != JsonValue.NULL) {
            if (!(q instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1 || n.longValue() > 999) {
                throw RequestRefused.invalidField("quantity", "quantity must be a whole number between 1 and 999");
            }
            quantity = n.intValue();
        }
        Boolean voided = null;
        JsonValue vd = json.get("voided");
        if (vd != null && vd != JsonValue.NULL) {
            if (vd != JsonValue.TRUE && vd != JsonValue.FALSE) {
                throw RequestRefused.invalidField("voided", "voided must be true or false");
            }
            voided = vd == JsonValue.TRUE;
        }
        try {
            return new Resolution(choice, version, quantity, text(json, "note"), voided);
        } catch (IllegalArgumentException e) {
            throw RequestRefused.invalidField(e.getMessage());
        }
    }

    private static String text(JsonObject json, String field) {
        JsonValue v = json.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw RequestRefused.invalidField(field + " must be a string");
        }
        return s.getString();
    }
}
