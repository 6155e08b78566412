package cedarpos.server.branch.web;

import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.JsonAnswer;
import cedarpos.domain.BranchId;
import cedarpos.domain.pay.Vat;
import cedarpos.protocol.v1.Jsons;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.branch.internal.CashierChanges;
import cedarpos.server.branch.CashierSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The branch's VAT: its rate and whether menu prices include it. Sent to the terminals in the catalog. */
@Path("/branches/{branchId}/vat")
@RequestScoped
public class VatResource {
    @Inject
    private CashierChanges changes;

    @Inject
    private CashierSettings settings;

    @Context
    private SecurityContext security;

    /** {@code {"basisPoints": 1100, "included": true, "percent": "11%"}}; 404 UNKNOWN_BRANCH. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("branchId") BranchId branchId) {
        return settings.settings(branchId).map(s -> JsonAnswer.ok(vat(s.vat()).build()))
                .orElseGet(() -> ApiError.unknownBranch(branchId));
    }

    /**
     * {@code {"basisPoints": 1100, "included": true}} (0..5000 basis points, i.e. 0%..50%; both required) -> 200
     * {@code {"basisPoints", "included", "percent", "catalogVersion"}}. Audited; the new catalog goes to the branch's
     * terminals. 400 INVALID_FIELD, 404 UNKNOWN_BRANCH; nothing changes on any error.
     */
    @PUT
    @Produces(MediaType.APPLICATION_JSON)
    public Response set(@PathParam("branchId") BranchId branchId, String body) {
        Vat vat = parse(RequestBody.parse(body, false));
        CashierChanges.VatSet set = changes.setVat(branchId, vat, security.getUserPrincipal().getName());
        return JsonAnswer.ok(vat(set.vat()).add("catalogVersion", set.catalogVersion()).build());
    }

    /** {@code {"basisPoints": 0..5000, "included"}}, both required; also the VAT of a branch being opened. */
    static Vat parse(RequestBody request) {
        return new Vat((int) request.wholeNumber("basisPoints", 0, 5_000), request.flag("included"));
    }

    static JsonObjectBuilder vat(Vat vat) {
        return Jsons.objectBuilder().add("basisPoints", vat.basisPoints()).add("included", vat.included())
                .add("percent", vat.percent());
    }
}
