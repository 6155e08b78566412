package cedarpos.server.platform.internal;

import cedarpos.domain.BranchId;
import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.BranchScope;
import cedarpos.server.platform.KnownBranches;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.platform.ServerDatabase;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The checks every call of the REST API passes before its resource runs, in this order (docs/protocol.md, "Errors
 * of the HTTP API"): a {@code {branchId}} in the path must be a canonical UUID (400 INVALID_FIELD, a request that
 * can never succeed), the database must be reachable (503 DATABASE_UNAVAILABLE, try again later), the branch
 * must exist (404 UNKNOWN_BRANCH) and the caller's account must work on it (403 BRANCH_FORBIDDEN, {@link
 * BranchScope}). Resources then take the branch as a {@link BranchId} parameter
 * ({@link BranchIdParam}) and hold only their own rules. Runs after sign-in (which answers 401/403 first).
 */
@Provider
@Priority(Priorities.USER)
public class BranchGuard implements ContainerRequestFilter {
    static final String BRANCH_ID = "branchId";

    @Inject
    private ServerDatabase database;

    @Inject
    private KnownBranches branches;

    @Inject
    private BranchScope scope;

    @Override
    public void filter(ContainerRequestContext request) {
        String text = request.getUriInfo().getPathParameters().getFirst(BRANCH_ID);
        BranchId branch = null;
        if (text != null) {
            try {
                branch = RequestBody.branchId(text);
            } catch (RequestRefused invalid) {
                request.abortWith(invalid.toResponse());
                return;
            }
        }
        if (!database.isReady()) {
            request.abortWith(ApiError.unavailable(database.problem()));
            return;
        }
        if (branch == null) {
            return;
        }
        if (!branches.exists(branch)) {
            request.abortWith(ApiError.unknownBranch(branch));
        } else if (!scope.of(request.getSecurityContext()).test(branch)) {
            request.abortWith(BranchScope.forbidden(branch).toResponse());
        }
    }
}
