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
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic for the whole application, checked against {@link StaffIdentityStore}.
 * Which paths need which role is declared in web.xml (security-constraint); the
 * groups an account gets are mapped to roles of the same name in
 * glassfish-web.xml, because Payara does not map groups to roles by default.
 * Requests without credentials to unconstrained paths (the WebSocket, health,
 * enrollment) pass untouched.
 *
 * <p>Our own mechanism rather than the built-in Basic one for one reason: while
 * the database is unreachable no password can be checked, and the built-in one
 * would answer 401, telling a manager their password is wrong. This one answers
 * 503 DATABASE_UNAVAILABLE.
 */
@ApplicationScoped
@DeclareRoles({Roles.ADMIN, Roles.MANAGER})
public class HttpSecurity implements HttpAuthenticationMechanism {
    private static final String CHALLENGE = "Basic realm=\"Cedar POS\"";
    /** The request attribute holding the {@link ApiError} of a sign-in 503, for the error page to write. */
    public static final String REFUSAL = "cedarpos.signInRefusal";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private ServerDatabase database;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.isProtected() ? challenge(response, context) : context.doNothing();
        }
        // not isReady(): until startup work is done the persistence unit may still be starting (StartupGate)
        if (!database.isServing()) {
            return unavailable(request, response, database.startupRefusal());
        }
        String[] userAndPassword = decode(header.substring(6).trim());
        if (userAndPassword == null) {
            return challenge(response, context);
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(new UsernamePasswordCredential(userAndPassword[0], userAndPassword[1]));
        } catch (RuntimeException e) {
            // the database went away between the readiness check and the query
            return unavailable(request, response, new ApiError("DATABASE_UNAVAILABLE",
                    "sign-in cannot be checked while the database is unreachable; try again shortly"));
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return challenge(response, context);
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return context.responseUnauthorized();
    }

    /**
     * 503 with the refusal decided here, which the web.xml error page (AuthErrorServlet) writes: decided once,
     * so a server that starts serving between this check and the error page cannot turn SERVER_STARTING into a
     * misleading DATABASE_UNAVAILABLE.
     */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response,
                                                    ApiError refusal) {
        request.setAttribute(REFUSAL, refusal);
        try {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
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
}
