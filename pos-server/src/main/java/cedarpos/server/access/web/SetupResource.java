package cedarpos.server.access.web;

import cedarpos.server.access.internal.FirstAdministrator;
import cedarpos.server.platform.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The first administrator of a new server (docs/protocol.md, "First administrator"), open to anyone because the
 * one-time setup code is the credential: {@code GET /api/setup} says whether the server waits for it,
 * {@code POST /api/setup} creates it.
 */
@Path("/setup")
@RequestScoped
public class SetupResource {
    @Inject
    private FirstAdministrator first;

    /** {@code {"firstAdministratorNeeded": true|false}}. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response state() {
        return Response.ok(Json.createObjectBuilder().add("firstAdministratorNeeded", first.pending()).build()
                .toString()).build();
    }

    /**
     * {@code {"code","username","password"}} -> 201 {@code {"username","roles"}}; 400 INVALID_FIELD (code, username
     * or password), 403 SETUP_CODE_REFUSED, 409 SETUP_DONE.
     */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        RequestBody fields = RequestBody.parse(body, false);
        String code = fields.string("code", 40);
        String username = fields.string("username", 200);
        String password = fields.string("password", 200);
        first.create(code, username, password.toCharArray());
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("username", username)
                .add("roles", Json.createArrayBuilder().add("admin").add("manager")).build().toString()).build();
    }
}
