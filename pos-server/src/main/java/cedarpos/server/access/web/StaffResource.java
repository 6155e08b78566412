package cedarpos.server.access.web;

import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Jsons;
import cedarpos.server.access.internal.Account;
import cedarpos.server.access.internal.StaffDirectory;
import cedarpos.server.platform.JsonAnswer;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.RequestRefused;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Web accounts (admin only, see web.xml): list them, create one, disable one. */
@Path("/staff")
@RequestScoped
public class StaffResource {
    public record Created(String username, Set<String> roles, List<String> branchIds) {
    }

    @Inject
    private StaffDirectory staff;

    @Context
    private SecurityContext security;

    /**
     * {@code [{"username","roles","branchIds","allBranches","disabled","lockedUntilMs"?}]} by name; never a password.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list() {
        JsonArrayBuilder accounts = Jsons.arrayBuilder();
        for (Account a : staff.accounts()) {
            JsonArrayBuilder roles = Jsons.arrayBuilder();
            new TreeSet<>(a.roles()).forEach(roles::add);
            JsonArrayBuilder branches = Jsons.arrayBuilder();
            a.branches().forEach(b -> branches.add(b.toString()));
            JsonObjectBuilder o = Jsons.objectBuilder().add("username", a.username()).add("roles", roles)
                    .add("branchIds", branches).add("allBranches", a.isAdmin()).add("disabled", a.disabled());
            if (a.lockedUntilMs() != null) {
                o.add("lockedUntilMs", a.lockedUntilMs());
            }
            accounts.add(o);
        }
        return JsonAnswer.ok(accounts.build());
    }

    /**
     * {@code {"username","password","roles":["manager"],"branches":["<branch id>",..]}} -> 201 {@code
     * {"username","roles","branchIds"}}. A manager account needs at least one branch; an admin account none (it
     * works on every branch).
     */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        RequestBody request = RequestBody.parse(body, false);
        String username = request.string("username", 60);
        String password = request.string("password", 200);
        JsonValue rolesValue = request.json().get("roles");
        if (!(rolesValue instanceof JsonArray)) {
            throw RequestRefused.invalidField("roles", "roles must be an array of role names");
        }
        Set<String> roles = new LinkedHashSet<>();
        for (JsonValue r : (JsonArray) rolesValue) {
            if (!(r instanceof JsonString)) {
                throw RequestRefused.invalidField("roles", "roles must be an array of role names");
            }
            roles.add(((JsonString) r).getString());
        }
        Set<BranchId> branches = new LinkedHashSet<>();
        JsonValue branchesValue = request.json().get("branches");
        if (branchesValue != null && branchesValue != JsonValue.NULL) {
            if (!(branchesValue instanceof JsonArray)) {
                throw RequestRefused.invalidField("branches", "branches must be an array of branch ids");
            }
            for (JsonValue b : (JsonArray) branchesValue) {
                if (!(b instanceof JsonString)) {
                    throw RequestRefused.invalidField("branches", "branches must be an array of branch ids");
                }
                branches.add(new BranchId(RequestBody.uuid("branches", ((JsonString) b).getString())));
            }
        }
        staff.create(username, password.toCharArray(), roles, branches, security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(new Created(username, roles,
                branches.stream().map(BranchId::toString).toList())).build();
    }

    @DELETE
    @Path("/{username}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response disable(@PathParam("username") String username) {
        staff.disable(username, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
