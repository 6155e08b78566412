package cedarpos.server.branch.web;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.server.platform.BranchScope;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.branch.BranchInfo;
import cedarpos.server.branch.Branches;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.function.Predicate;

/** The chain's branches: each caller lists those its account works on; an administrator opens one (web.xml). */
@Path("/branches")
@RequestScoped
public class BranchAdminResource {
    public record CreatedBranch(String id, String name, String currency) {
    }

    @Inject
    private Branches catalog;

    @Inject
    private BranchScope scope;

    @Context
    private SecurityContext security;

    /** {@code [{"id","name","currency"}]}: the caller's branches (an admin's: all), by name. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list() {
        Predicate<BranchId> mine = scope.of(security);
        return Response.ok(catalog.branches().stream().filter(b -> mine.test(b.id()))
                .map(b -> new CreatedBranch(b.id().toString(), b.name(), b.currency().name())).toList()).build();
    }

    /** {@code {"name","currency":"USD"|"LBP"}} -> 201 {@code {"id","name","currency"}}. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        RequestBody request = RequestBody.parse(body, false);
        String name = request.string("name", 200);
        Currency currency;
        try {
            currency = Currency.parse(request.string("currency", 3));
        } catch (IllegalArgumentException e) {
            throw RequestRefused.invalidField("currency", "currency must be USD or LBP");
        }
        BranchInfo b = catalog.createBranch(name, currency, security.getUserPrincipal().getName());
        return Response.created(URI.create("/api/branches/" + b.id()))
                .entity(new CreatedBranch(b.id().toString(), b.name(), b.currency().name())).build();
    }
}
