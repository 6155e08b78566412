package cedarpos.server.enrollment.web;

import cedarpos.domain.BranchId;
import cedarpos.server.enrollment.Enrollments;
import cedarpos.server.enrollment.IssuedCode;
import cedarpos.server.platform.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;

/** A manager creates a one-time code for a new terminal of a branch (manager or admin, see web.xml). */
@Path("/branches/{branchId}/enrollment-codes")
@RequestScoped
public class EnrollmentCodeResource {
    static final int DEFAULT_TTL_MINUTES = 15;
    static final int MAX_TTL_MINUTES = 24 * 60;

    public record CodeView(String code, String branchId, long expiresAtMs) {
    }

    @Inject
    private Enrollments enrollments;

    @Context
    private SecurityContext security;

    /** Optional body {@code {"ttlMinutes": 1..1440}} (default 15) -> 201 {@code {"code","branchId","expiresAtMs"}}. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("branchId") BranchId branchId, String body) {
        int ttl = RequestBody.parse(body, true).integer("ttlMinutes", 1, MAX_TTL_MINUTES, DEFAULT_TTL_MINUTES);
        IssuedCode code = enrollments.createCode(branchId, Duration.ofMinutes(ttl), security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED)
                .entity(new CodeView(code.code(), code.branchId().toString(), code.expiresAtMs())).build();
    }
}
