package cedarpos.server.platform;

import cedarpos.domain.BranchId;
import jakarta.ws.rs.core.SecurityContext;
import java.util.function.Predicate;

/**
 * Which branches the caller of a request may see and change: an admin account every branch, a manager account the
 * branches it was given, nobody else any. The module that owns accounts implements it; the guard of branch-scoped
 * requests answers 403 BRANCH_FORBIDDEN for the others, and lists of branches show only these.
 */
public interface BranchScope {
    /** The test for the caller's branches, read once (one look at the account) for a whole request. */
    Predicate<BranchId> of(SecurityContext caller);

    /** 403 BRANCH_FORBIDDEN: the caller's account does not cover the branch. */
    static RequestRefused forbidden(BranchId branch) {
        return new RequestRefused(403, "BRANCH_FORBIDDEN", "this account does not work on branch " + branch);
    }
}
