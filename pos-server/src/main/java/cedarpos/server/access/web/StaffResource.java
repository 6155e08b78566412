package cedarpos.server.access.web;

import cedarpos.server.access.internal.StaffDirectory;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.RequestRefused;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashSet;
import java.util.Set;

/** Staff accounts (admin only, see web.xml): create one, disable one. */
@Path("/staff")
@RequestScoped
public class StaffResource {
    public record Created(String username, Set<String> roles) {
    }

    @Inject
    private StaffDirectory staff;

    @Context
    private SecurityContext security;

    /** {@code {"username","password","roles":["manager"]}} -> 201 {@code {"username","roles"}}. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        RequestBody request = RequestBody.parse(body, false);
        String username = request.string("username", 60);
        String password = request.string("password", 200);
        JsonValue rolesValue = request.json().get("roles");
        if (!(rolesValue instanceof JsonArray)) {
            throw RequestRefused.invalidField("roles must be an array of role names");
        }
        Set<String> roles = new LinkedHashSet<>();
        for (JsonValue r : (JsonArray) rolesValue) {
            if (!(r instanceof JsonString)) {
                throw RequestRefused.invalidField("roles must be an array of role names");
            }
            roles.add(((JsonString) r).getString());
        }
        staff.create(username, password.toCharArray(), roles, security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(new Created(username, roles)).build();
    }

    @DELETE
    @Path("/{username}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response disable(@PathParam("username") String username) {
        staff.disable(username, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
