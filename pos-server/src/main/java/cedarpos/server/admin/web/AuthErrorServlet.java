package cedarpos.server.admin.web;

import cedarpos.server.platform.ApiError;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The body of the container's own 401, 403 and sign-in 503 answers (web.xml error-page), so
 * a refused API call gets {"code","message"} like every other refusal instead
 * of an HTML page. The WWW-Authenticate challenge set before stays on the response.
 */
@WebServlet("/auth-error")
public class AuthErrorServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String code;
        String message;
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status)) {
            code = "FORBIDDEN";
            message = "this account's roles do not allow this request";
        } else if (Integer.valueOf(HttpServletResponse.SC_SERVICE_UNAVAILABLE).equals(status)) {
            code = "DATABASE_UNAVAILABLE";
            message = "sign-in cannot be checked while the database is unreachable; try again shortly";
        } else {
            code = "UNAUTHENTICATED";
            message = "sign in with the user name and password of a staff account (HTTP Basic)";
        }
        new ApiError(code, message).writeTo(response);
    }
}
