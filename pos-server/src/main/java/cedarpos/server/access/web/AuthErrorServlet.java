package cedarpos.server.access.web;

import cedarpos.server.access.internal.HttpSecurity;
import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.ServerDatabase;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The body of the container's own 401, 403 and of sign-in's 403, 429 and 503 answers (web.xml error-page), so
 * a refused API call gets {"code","message"} like every other refusal instead
 * of an HTML page. The WWW-Authenticate challenge set before stays on the response. A sign-in 503 while the server
 * is still starting says what the startup gate says ({@link ServerDatabase#startupRefusal()}); sign-in decides which
 * refusal it is ({@link HttpSecurity#REFUSAL}) and this page only writes it.
 */
@WebServlet("/auth-error")
public class AuthErrorServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient ServerDatabase database;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object decided = request.getAttribute(HttpSecurity.REFUSAL);
        ApiError error;
        if (Integer.valueOf(HttpServletResponse.SC_SERVICE_UNAVAILABLE).equals(status)) {
            response.setHeader("Retry-After", ServerDatabase.RETRY_AFTER_SECONDS);
            error = decided instanceof ApiError refusal ? refusal : database.startupRefusal();
        } else if (decided instanceof ApiError refusal) {
            // 403 CSRF_REFUSED, 429 ACCOUNT_LOCKED (its Retry-After set by sign-in)
            error = refusal;
        } else if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status)) {
            error = new ApiError("FORBIDDEN", "this account's roles do not allow this request");
        } else {
            error = new ApiError("UNAUTHENTICATED", "sign in with the user name and password of a staff account"
                    + " (HTTP Basic, or the web admin's session)");
        }
        error.writeTo(response);
    }
}
