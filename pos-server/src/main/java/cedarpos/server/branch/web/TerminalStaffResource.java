package cedarpos.server.branch.web;

import cedarpos.server.platform.JsonAnswer;
import cedarpos.domain.BranchId;
import cedarpos.domain.staff.Pin;
import cedarpos.domain.staff.Role;
import cedarpos.domain.staff.StaffMember;
import cedarpos.protocol.v1.Jsons;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.branch.internal.CashierChanges;
import cedarpos.server.branch.Branches;
import cedarpos.server.branch.TerminalStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.Arrays;
import java.util.UUID;

/**
 * The people who sign in on the branch's terminals with a PIN (not the web accounts of {@code /api/staff}). A PIN
 * goes in, only its hash is kept, and nothing here ever answers with either. Active members travel in the catalog
 * (sent at once to connected terminals).
 */
@Path("/branches/{branchId}/staff")
@RequestScoped
public class TerminalStaffResource {
    @Inject
    private CashierChanges changes;

    @Inject
    private TerminalStaff staff;

    @Inject
    private Branches catalog;

    @Context
    private SecurityContext security;

    /** {@code [{"id","name","role","active"}]}, active members first, by name; 404 UNKNOWN_BRANCH. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("branchId") BranchId branchId) {
        JsonArrayBuilder a = Jsons.arrayBuilder();
        staff.all(branchId).forEach(m -> a.add(member(m)));
        return JsonAnswer.ok(a.build());
    }

    /**
     * {@code {"name", "role": "CASHIER|WAITER|MANAGER", "pin": "1234"}} (the PIN a string of 4 to 8 digits) -> 201
     * {@code {"id","name","role","active":true}}. 400 INVALID_FIELD, 404 UNKNOWN_BRANCH, 409 PIN_IN_USE (another
     * active member of the branch has this PIN: sign-in identifies by PIN alone).
     */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("branchId") BranchId branchId, String body) {
        RequestBody request = RequestBody.parse(body, false);
        String name = request.string("name", StaffMember.MAX_NAME);
        Role role = role(request);
        char[] pin = pin(request);
        try {
            TerminalStaff.Member m = changes.addStaff(branchId, name, role, pin, manager()).member();
            return Response.created(URI.create("/api/branches/" + branchId + "/staff/" + m.id()))
                    .entity(member(m).build().toString()).type(MediaType.APPLICATION_JSON).build();
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** {@code {"pin": "5678"}} -> 204. 400 INVALID_FIELD, 404 UNKNOWN_STAFF (or deactivated), 409 PIN_IN_USE. */
    @PUT
    @Path("/{staffId}/pin")
    @Produces(MediaType.APPLICATION_JSON)
    public Response changePin(@PathParam("branchId") BranchId branchId, @PathParam("staffId") String staffText,
                              String body) {
        UUID member = RequestBody.uuid("staffId", staffText);
        char[] pin = pin(RequestBody.parse(body, false));
        try {
            changes.changePin(branchId, member, pin, manager());
            return Response.noContent().build();
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** Deactivates the member: terminals drop them with the new catalog. 204 (again 204 if already); 404. */
    @DELETE
    @Path("/{staffId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deactivate(@PathParam("branchId") BranchId branchId, @PathParam("staffId") String staffText) {
        UUID member = RequestBody.uuid("staffId", staffText);
        changes.deactivate(branchId, member, manager());
        return Response.noContent().build();
    }

    private String manager() {
        return security.getUserPrincipal().getName();
    }

    private static Role role(RequestBody request) {
        String text = request.string("role", 10);
        try {
            return Role.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw RequestRefused.invalidField("role", "role must be CASHIER, WAITER or MANAGER");
        }
    }

    /** A string, so that a PIN's leading zeros survive; never echoed back in a message. */
    private static char[] pin(RequestBody request) {
        JsonValue v = request.json().get("pin");
        if (!(v instanceof JsonString s)) {
            throw RequestRefused.invalidField("pin", "pin must be a string of " + Pin.MIN_DIGITS + " to " + Pin.MAX_DIGITS
                    + " digits");
        }
        char[] pin = s.getString().toCharArray();
        try {
            Pin.requireValid(pin);
        } catch (IllegalArgumentException e) {
            throw RequestRefused.invalidField("pin", "pin: " + e.getMessage());
        }
        return pin;
    }

    private static JsonObjectBuilder member(TerminalStaff.Member m) {
        return Jsons.objectBuilder().add("id", m.id().toString()).add("name", m.name()).add("role", m.role().name())
                .add("active", m.active());
    }
}
