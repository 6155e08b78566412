package cedarpos.server.access.web;

import cedarpos.protocol.v1.Jsons;
import cedarpos.server.access.internal.Account;
import cedarpos.server.access.internal.HttpSecurity;
import cedarpos.server.access.internal.SignIn;
import cedarpos.server.access.internal.StaffDirectory;
import cedarpos.server.access.internal.WebSessions;
import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.JsonAnswer;
import cedarpos.server.platform.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * The web admin's sign-in (docs/protocol.md, "Web sessions"): {@code POST /api/session} opens a session (a cookie)
 * and answers its CSRF token, {@code GET} tells who is signed in, {@code DELETE} signs out. Every other call then
 * rides on the cookie and, when it changes something, the token ({@code HttpSecurity}).
 */
@Path("/session")
@RequestScoped
public class SessionResource {
    private static final Logger LOG = Logger.getLogger(SessionResource.class.getName());

    @Inject
    private StaffDirectory staff;

    @Context
    private HttpServletRequest request;

    /**
     * {@code {"username","password"}} -> 200 {@code {"username","roles","branchIds","csrfToken"}} and a new session;
     * 401 SIGN_IN_REFUSED, 429 ACCOUNT_LOCKED (Retry-After), 400 INVALID_FIELD.
     */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response signIn(String body) {
        RequestBody fields = RequestBody.parse(body, false);
        String username = fields.string("username", 200);
        String password = fields.string("password", 200);
        SignIn result = staff.authenticate(username, password.toCharArray());
        switch (result.status()) {
            case LOCKED -> {
                long seconds = result.retryAfterSeconds(System.currentTimeMillis());
                return Response.fromResponse(HttpSecurity.lockedError(seconds).toResponse(429))
                        .header("Retry-After", seconds).build();
            }
            case REFUSED -> {
                LOG.info(() -> "web sign-in refused user=" + (username.length() > 60
                        ? username.substring(0, 60) + "..." : username));
                return new ApiError("SIGN_IN_REFUSED", "wrong user name or password").toResponse(401);
            }
            default -> {
                String token = WebSessions.open(request, username);
                LOG.info(() -> "web sign-in user=" + username);
                return answer(staff.activeAccount(username).orElseThrow(), token);
            }
        }
    }

    /** 200 as after sign-in, or 401 NOT_SIGNED_IN. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response current() {
        HttpSession session = request.getSession(false);
        String user = session == null ? null : WebSessions.user(session);
        Optional<Account> account = user == null ? Optional.empty() : staff.activeAccount(user);
        if (account.isEmpty()) {
            return new ApiError("NOT_SIGNED_IN", "no session: sign in").toResponse(401);
        }
        return answer(account.get(), WebSessions.csrfToken(session));
    }

    /** Signs out: 204, and the session is gone on the server. */
    @DELETE
    public Response signOut() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            String user = WebSessions.user(session);
            WebSessions.end(session);
            LOG.info(() -> "web sign-out user=" + user);
        }
        return Response.noContent().build();
    }

    private static Response answer(Account account, String csrfToken) {
        JsonArrayBuilder roles = Jsons.arrayBuilder();
        new TreeSet<>(account.roles()).forEach(roles::add);
        JsonArrayBuilder branches = Jsons.arrayBuilder();
        account.branches().forEach(b -> branches.add(b.toString()));
        return JsonAnswer.ok(Jsons.objectBuilder().add("username", account.username()).add("roles", roles)
                .add("allBranches", account.isAdmin()).add("branchIds", branches).add("csrfToken", csrfToken).build());
    }
}
