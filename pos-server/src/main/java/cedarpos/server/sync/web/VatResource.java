package cedarpos.server.sync.web;

import cedarpos.domain.BranchId;
import cedarpos.domain.pay.Vat;
import cedarpos.protocol.v1.Jsons;
import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.ServerDatabase;
import cedarpos.server.sync.internal.CashierChanges;
import cedarpos.server.table.CashierSettings;
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

    @Inject
    private ServerDatabase database;

    @Context
    private SecurityContext security;

    /** {@code {"basisPoints": 1100, "included": true, "percent": "11%"}}; 404 UNKNOWN_BRANCH. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("branchId") String branchIdText) {
        return BranchReads.read(database, branchIdText, settings::settings,
                s -> ExchangeRateResource.json(vat(s.vat())));
    }

    /**
     * {@code {"basisPoints": 1100, "included": true}} (0..5000 basis points, i.e. 0%..50%; both required) -> 200
     * {@code {"basisPoints", "included", "percent", "catalogVersion"}}. Audited; the new catalog goes to the branch's
     * terminals. 400 INVALID_FIELD, 404 UNKNOWN_BRANCH; nothing changes on any error.
     */
    @PUT
    @Produces(MediaType.APPLICATION_JSON)
    public Response set(@PathParam("branchId") String branchIdText, String body) {
        BranchId branchId = RequestBody.branchId(branchIdText);
        RequestBody request = RequestBody.parse(body, false);
        Vat vat = new Vat((int) request.wholeNumber("basisPoints", 0, 5_000), request.flag("included"));
        if (!database.isReady()) {
            return ApiError.unavailable(database.problem());
        }
        CashierChanges.VatSet set = changes.setVat(branchId, vat, security.getUserPrincipal().getName());
        return ExchangeRateResource.json(vat(set.vat()).add("catalogVersion", set.catalogVersion()));
    }

    private static JsonObjectBuilder vat(Vat vat) {
        return Jsons.objectBuilder().add("basisPoints", vat.basisPoints()).add("included", vat.included())
                .add("percent", vat.percent());
    }
}
