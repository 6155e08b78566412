package cedarpos.server.platform.internal;

import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.ServerDatabase;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Until the server is serving (schema migrated, epoch settled, startup work done), every HTTP request of the
 * application is answered 503 with {@code {"code","message"}} and {@code Retry-After}, instead of reaching a
 * resource whose persistence unit is not up yet (which answered stack traces and logged SEVERE during boot).
 * WebSocket handshakes pass: the sync endpoint answers its own SERVER_UNAVAILABLE frame. Payara's own
 * /health endpoints are not part of the application and keep answering.
 */
@WebFilter(filterName = "startup-gate", urlPatterns = "/*", asyncSupported = true)
public class StartupGate implements Filter {
    private static final java.util.List<String> PAYARA_ENDPOINTS = java.util.List.of("/health", "/metrics",
            "/openapi");

    @Inject
    private ServerDatabase database;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (isWebSocketHandshake(http) || isPayaraEndpoint(http) || serving()) {
            chain.doFilter(request, response);
            return;
        }
        ApiError refusal;
        try {
            refusal = database.startupRefusal();
        } catch (RuntimeException notYet) {
            refusal = refusal(false, null);
        }
        HttpServletResponse out = (HttpServletResponse) response;
        out.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        out.setHeader("Retry-After", ServerDatabase.RETRY_AFTER_SECONDS);
        refusal.writeTo(out);
    }

    /** False too while the startup bean cannot be reached yet (the deployment is still wiring it). */
    private boolean serving() {
        try {
            return database.isServing();
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    /**
     * Why a request is refused before the server serves: the database could not be migrated yet
     * (DATABASE_UNAVAILABLE, the code sign-in already answers), or startup is still in progress (SERVER_STARTING).
     */
    static ApiError refusal(boolean databaseReady, String problem) {
        if (!databaseReady && problem != null && problem.startsWith(DatabaseStartup.UNAVAILABLE)) {
            return new ApiError("DATABASE_UNAVAILABLE", "the server cannot reach its database yet ("
                    + problem + "); try again shortly");
        }
        return new ApiError("SERVER_STARTING", "the server is starting; try again in a few seconds");
    }

    /**
     * Payara's own endpoints ({@code /health}, {@code /metrics}, {@code /openapi}) may be routed through the
     * application at the root context: they must keep answering during boot, since {@code /health/ready} is how
     * an operator or a load balancer learns that the server is starting and why.
     */
    static boolean isPayaraEndpoint(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : PAYARA_ENDPOINTS) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWebSocketHandshake(HttpServletRequest request) {
        String upgrade = request.getHeader("Upgrade");
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }
}
