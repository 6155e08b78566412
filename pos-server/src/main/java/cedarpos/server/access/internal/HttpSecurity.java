package cedarpos.server.access.internal;

import cedarpos.server.access.Roles;
import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.ServerDatabase;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Sign-in for the whole application, two ways, against the staff accounts ({@link StaffDirectory}):
 * <ul>
 * <li>HTTP Basic on every request (scripts, curl, the tests);
 * <li>a web session, opened by {@code POST /api/session} ({@link WebSessions}) for the web admin: the session
 * cookie identifies the account, and every state-changing request must also carry the session's
 * {@code X-CSRF-Token} (403 CSRF_REFUSED otherwise), so another site cannot make a signed-in browser change
 * anything. The account is read again on every request: a disabled or locked account's sessions end at once.
 * </ul>
 * Which paths need which role is declared in web.xml (security-constraint); the groups an account gets are mapped
 * to roles of the same name in glassfish-web.xml, because Payara does not map groups to roles by default. Requests
 * without credentials to unconstrained paths (the WebSocket, health, enrollment, the admin's pages) pass untouched.
 *
 * <p>Our own mechanism rather than the built-in ones: while the database is unreachable no password can be checked,
 * and the built-in ones would answer 401, telling a manager their password is wrong; this one answers 503
 * DATABASE_UNAVAILABLE. It also answers 429 ACCOUNT_LOCKED after repeated wrong passwords, and leaves out the Basic
 * challenge for the web admin's requests ({@code X-Requested-With}), so the browser never pops up its own
 * password dialog.
 */
@ApplicationScoped
@DeclareRoles({Roles.ADMIN, Roles.MANAGER})
public class HttpSecurity implements HttpAuthenticationMechanism {
    private static final Logger LOG = Logger.getLogger(HttpSecurity.class.getName());
    private static final String CHALLENGE = "Basic realm=\"Cedar POS\"";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** The request attribute holding the {@link ApiError} of a refusal decided here, for the error page to write. */
    public static final String REFUSAL = "cedarpos.signInRefusal";
    /** The header a web page sends with every request; its presence drops the Basic challenge from a 401. */
    public static final String PAGE_HEADER = "X-Requested-With";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    @Inject
    private StaffDirectory staff;

    @Inject
    private ServerDatabase database;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim(), request, response, context);
        }
        HttpSession session = request.getSession(false);
        String user = session == null ? null : WebSessions.user(session);
        if (user != null) {
            return session(user, session, request, response, context);
        }
        return context.isProtected() ? challenge(request, response, context) : context.doNothing();
    }

    private AuthenticationStatus basic(String token, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        // not isReady(): until startup work is done the persistence unit may still be starting (StartupGate)
        if (!database.isServing()) {
            return refuse(request, response, 503, database.startupRefusal());
        }
        String[] userAndPassword = decode(token);
        if (userAndPassword == null) {
            return challenge(request, response, context);
        }
        SignIn result;
        try {
            result = staff.authenticate(userAndPassword[0], userAndPassword[1].toCharArray());
        } catch (RuntimeException e) {
            // the database went away between the readiness check and the query
            return refuse(request, response, 503, databaseUnavailable());
        }
        return switch (result.status()) {
            case ACCEPTED -> context.notifyContainerAboutLogin(userAndPassword[0], result.roles());
            case LOCKED -> locked(request, response, result);
            case REFUSED -> {
                LOG.info(() -> "sign-in refused user=" + abbreviate(userAndPassword[0]));
                yield challenge(request, response, context);
            }
        };
    }

    private AuthenticationStatus session(String user, HttpSession session, HttpServletRequest request,
                                         HttpServletResponse response, HttpMessageContext context) {
        if (!database.isServing()) {
            return refuse(request, response, 503, database.startupRefusal());
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !WebSessions.isSignIn(request)
                && !tokenMatches(request.getHeader(CSRF_HEADER), WebSessions.csrfToken(session))) {
            return refuse(request, response, 403, new ApiError("CSRF_REFUSED", "this request changes something and"
                    + " did not carry the session's " + CSRF_HEADER + " header; reload the page and sign in again"));
        }
        Optional<Account> account;
        try {
            account = staff.activeAccount(user);
        } catch (RuntimeException e) {
            return refuse(request, response, 503, databaseUnavailable());
        }
        if (account.isEmpty()) {
            // disabled or locked since the session opened: the session ends here
            WebSessions.end(session);
            return context.isProtected() ? challenge(request, response, context) : context.doNothing();
        }
        return context.notifyContainerAboutLogin(user, account.get().roles());
    }

    private static ApiError databaseUnavailable() {
        return new ApiError("DATABASE_UNAVAILABLE", "sign-in cannot be checked while the database is unreachable;"
                + " try again shortly");
    }

    /** 429 ACCOUNT_LOCKED with Retry-After: the seconds until the lock ends. */
    static AuthenticationStatus locked(HttpServletRequest request, HttpServletResponse response, SignIn result) {
        long seconds = result.retryAfterSeconds(System.currentTimeMillis());
        response.setHeader("Retry-After", Long.toString(seconds));
        return refuse(request, response, 429, lockedError(seconds));
    }

    /** 429 body: ACCOUNT_LOCKED, with the minutes left. */
    public static ApiError lockedError(long seconds) {
        return new ApiError("ACCOUNT_LOCKED", "this account is locked after " + StaffDirectory.LOCK_AFTER
                + " wrong passwords in a row; try again in " + Math.max(1, (seconds + 59) / 60) + " min");
    }

    /**
     * 401. The Basic challenge goes only to clients that may answer it: never to the web admin's requests (its
     * header, its session cookie, or its event stream, which cannot send headers), so a browser never shows its
     * own password dialog over the admin's sign-in page.
     */
    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                                  HttpMessageContext context) {
        if (!fromThePage(request)) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
        }
        return context.responseUnauthorized();
    }

    private static boolean fromThePage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader(PAGE_HEADER) != null || request.getRequestedSessionId() != null
                || (accept != null && accept.contains("text/event-stream"));
    }

    /**
     * Sends the status with the refusal decided here, which the web.xml error page (AuthErrorServlet) writes:
     * decided once, so a server that starts serving between this check and the error page cannot turn
     * SERVER_STARTING into a misleading DATABASE_UNAVAILABLE.
     */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
                                               ApiError refusal) {
        request.setAttribute(REFUSAL, refusal);
        try {
            response.sendError(status);
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean tokenMatches(String sent, String expected) {
        return sent != null && expected != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /** "user:password" from the Basic token, or null when it is not one. */
    private static String[] decode(String token) {
        try {
            String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 1 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
