package cedarpos.server.platform;

import cedarpos.domain.BranchId;

/**
 * Whether a branch exists, for the guard in front of every branch-scoped request ({@code /branches/{branchId}/..}):
 * the module that owns branches implements it, so the guard needs no module above the platform.
 */
public interface KnownBranches {
    boolean exists(BranchId branch);
}
