package cedarpos.server.branch.web;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Vat;
import cedarpos.protocol.v1.Jsons;
import cedarpos.server.platform.BranchScope;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.branch.BranchInfo;
import cedarpos.server.branch.BranchOpened;
import cedarpos.server.branch.internal.BranchOpening;
import cedarpos.server.branch.Branches;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
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

/**
 * The chain's branches: each caller lists those its account works on; an administrator opens one (web.xml), with
 * its rate, VAT and tables if asked.
 */
@Path("/branches")
@RequestScoped
public class BranchAdminResource {
    /** The most tables a template lays out. */
    static final int MAX_TABLES = 200;
    /** As a table's area ({@code POST /api/branches/{b}/tables}). */
    static final int MAX_AREA = 50;

    public record CreatedBranch(String id, String name, String currency) {
    }

    @Inject
    private Branches catalog;

    @Inject
    private BranchOpening opening;

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

    /**
     * Opens a branch: {@code {"name", "currency": "USD"|"LBP", "lbpPerUsd"?, "vat"?: {"basisPoints", "included"},
     * "template"?: {"copyTablesFrom": branchId} | {"tables": 1..200, "area"}}} -> 201 {@code {"id", "name",
     * "currency", "catalogVersion", "lbpPerUsd" (null when none), "vat": {"basisPoints", "included", "percent"},
     * "tables"}}. The rate and VAT are read as their own calls read them. Every field is checked before anything is
     * written, then one transaction writes it all; 400 INVALID_FIELD names the field at fault ({@code vat.basisPoints},
     * {@code template.copyTablesFrom}: a branch the caller cannot see is refused like an unknown one).
     */
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
        ExchangeRate rate = request.has("lbpPerUsd") ? ExchangeRateResource.parse(request) : null;
        Vat vat = request.object("vat").map(VatResource::parse).orElse(null);
        BranchOpened.Tables tables = request.object("template").map(this::tables).orElse(null);
        BranchOpening.Opened opened = opening.open(new BranchOpening.Opening(name, currency, rate, vat, tables),
                security.getUserPrincipal().getName());
        BranchInfo b = opened.branch();
        JsonObjectBuilder answer = Jsons.objectBuilder().add("id", b.id().toString()).add("name", b.name())
                .add("currency", b.currency().name()).add("catalogVersion", b.catalogVersion());
        ExchangeRateResource.rate(answer, "lbpPerUsd", opened.settings().rate());
        answer.add("vat", VatResource.vat(opened.settings().vat())).add("tables", opened.tables());
        return Response.created(URI.create("/api/branches/" + b.id())).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(answer.build().toString()).build();
    }

    /** Either the tables of a branch the caller can see, or 1..200 numbered tables in one area. */
    private BranchOpened.Tables tables(RequestBody template) {
        boolean copy = template.has("copyTablesFrom");
        if (copy == (template.has("tables") || template.has("area"))) {
            throw RequestRefused.invalidField("template", "template is either {\"copyTablesFrom\": branchId} or"
                    + " {\"tables\": 1.." + MAX_TABLES + ", \"area\"}");
        }
        if (copy) {
            BranchId source = new BranchId(template.uuid("copyTablesFrom"));
            if (!scope.of(security).test(source) || catalog.branch(source).isEmpty()) {
                throw RequestRefused.invalidField("template.copyTablesFrom", "template.copyTablesFrom: no branch "
                        + source + " to copy tables from");
            }
            return new BranchOpened.CopiedFrom(source);
        }
        return new BranchOpened.Numbered((int) template.wholeNumber("tables", 1, MAX_TABLES),
                template.string("area", MAX_AREA));
    }
}
