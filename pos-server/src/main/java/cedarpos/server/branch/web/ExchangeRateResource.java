package cedarpos.server.branch.web;

import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.JsonAnswer;
import cedarpos.domain.BranchId;
import cedarpos.domain.pay.ExchangeRate;
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

/**
 * The branch's LBP/USD rate of the day, set by a manager. It reaches every terminal in the catalog (sent at once to
 * those connected).
 */
@Path("/branches/{branchId}/exchange-rate")
@RequestScoped
public class ExchangeRateResource {
    @Inject
    private CashierChanges changes;

    @Inject
    private CashierSettings settings;

    @Context
    private SecurityContext security;

    /** {@code {"lbpPerUsd": 89500 | null, "rateSetAtMs"}}; 404 UNKNOWN_BRANCH. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("branchId") BranchId branchId) {
        return settings.settings(branchId).map(s -> {
            JsonObjectBuilder b = Jsons.objectBuilder();
            rate(b, "lbpPerUsd", s.rate());
            return json(b.add("rateSetAtMs", s.rateSetAtMs()));
        }).orElseGet(() -> ApiError.unknownBranch(branchId));
    }

    /**
     * {@code {"lbpPerUsd": 89500}} (1..100,000,000 pounds per dollar) -> 200 {@code {"lbpPerUsd", "rateSetAtMs",
     * "previousLbpPerUsd" (null when none), "catalogVersion"}}. Stamps the time; audited; the new catalog goes to
     * the branch's terminals. 400 INVALID_FIELD, 404 UNKNOWN_BRANCH; nothing changes on any error.
     */
    @PUT
    @Produces(MediaType.APPLICATION_JSON)
    public Response set(@PathParam("branchId") BranchId branchId, String body) {
        ExchangeRate rate = parse(RequestBody.parse(body, false));
        CashierChanges.RateSet set = changes.setRate(branchId, rate, security.getUserPrincipal().getName());
        JsonObjectBuilder b = Jsons.objectBuilder().add("lbpPerUsd", set.rate().lbpPerUsd())
                .add("rateSetAtMs", set.setAtMs());
        rate(b, "previousLbpPerUsd", set.before());
        return json(b.add("catalogVersion", set.catalogVersion()));
    }

    /** {@code "lbpPerUsd"}: 1..100,000,000 pounds per dollar; also the opening rate of a branch. */
    static ExchangeRate parse(RequestBody request) {
        return new ExchangeRate(request.wholeNumber("lbpPerUsd", 1, ExchangeRate.MAX));
    }

    static void rate(JsonObjectBuilder b, String name, ExchangeRate rate) {
        if (rate == null) {
            b.addNull(name);
        } else {
            b.add(name, rate.lbpPerUsd());
        }
    }

    static Response json(JsonObjectBuilder b) {
        return JsonAnswer.ok(b.build());
    }
}
