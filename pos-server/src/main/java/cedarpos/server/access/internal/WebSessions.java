package cedarpos.server.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The web admin's sessions: which account a session signed in as, and its CSRF token (32 random bytes, sent back by
 * the page in {@code X-CSRF-Token} on every state-changing request). A sign-in always starts a new session (a new
 * id: a session id planted before sign-in is worth nothing); signing out ends it on the server.
 */
public final class WebSessions {
    /** How long a session lives without a request: a manager's working day with the admin open. */
    public static final int IDLE_SECONDS = 8 * 60 * 60;
    private static final String USER = "cedarpos.web.user";
    private static final String CSRF = "cedarpos.web.csrf";
    private static final String SIGN_IN_PATH = "/api/session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebSessions() {
    }

    /** Ends any session of the request, opens a new one for the account and answers its CSRF token. */
    public static String open(HttpServletRequest request, String username) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            end(old);
        }
        HttpSession session = request.getSession(true);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(USER, username);
        session.setAttribute(CSRF, token);
        session.setMaxInactiveInterval(IDLE_SECONDS);
        return token;
    }

    /** The signed-in account of the session, or null. */
    public static String user(HttpSession session) {
        try {
            return (String) session.getAttribute(USER);
        } catch (IllegalStateException ended) {
            return null;
        }
    }

    public static String csrfToken(HttpSession session) {
        try {
            return (String) session.getAttribute(CSRF);
        } catch (IllegalStateException ended) {
            return null;
        }
    }

    /** Ends the session on the server: its cookie is worth nothing from now on. */
    public static void end(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // nothing left to end
        }
    }

    /**
     * Whether the request is the sign-in itself, which needs no CSRF token: it carries the password, and it replaces
     * whatever session the browser had.
     */
    static boolean isSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + SIGN_IN_PATH).equals(request.getRequestURI());
    }
}
