package cedarpos.server.access.internal;

import cedarpos.domain.BranchId;
import cedarpos.server.access.Roles;
import java.util.Set;

/**
 * A web account as others may see it (never its password): its roles, its branches (empty for an admin, who works
 * on every branch), whether it is disabled, and the end of its lockout (null when not locked).
 */
public record Account(String username, Set<String> roles, Set<BranchId> branches, boolean disabled,
                      Long lockedUntilMs) {
    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    /** Whether the account may see and change the branch: an admin any, a manager only its own. */
    public boolean mayUse(BranchId branch) {
        return isAdmin() || branches.contains(branch);
    }
}
