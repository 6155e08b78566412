package cedarpos.server.enrollment.web;

import cedarpos.domain.TerminalId;
import cedarpos.server.enrollment.internal.TerminalAccess;
import cedarpos.server.enrollment.Enrollment;
import cedarpos.server.platform.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A terminal exchanges its one-time code for a device token. No sign-in: the code is the credential. */
@Path("/enrollments")
@RequestScoped
public class EnrollmentResource {
    static final int MAX_NAME = 100;

    public record EnrolledView(String terminalId, String branchId, String branchName, String token) {
    }

    @Inject
    private TerminalAccess access;

    /** {@code {"code","terminalId","terminalName"}} -> 201 {@code {"terminalId","branchId","branchName","token"}}. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response enroll(String body) {
        RequestBody request = RequestBody.parse(body, false);
        String code = request.string("code", 40);
        TerminalId terminalId = new TerminalId(request.uuid("terminalId"));
        String name = request.string("terminalName", MAX_NAME);
        Enrollment e = access.enroll(code, terminalId, name);
        return Response.status(Response.Status.CREATED).entity(new EnrolledView(e.terminalId().toString(),
                e.branchId().toString(), e.branchName(), e.token())).build();
    }
}
