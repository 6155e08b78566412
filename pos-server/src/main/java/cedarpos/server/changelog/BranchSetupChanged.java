package cedarpos.server.changelog;

import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Catalog;
import java.util.Objects;

/**
 * A module changed a branch's setup inside the current transaction, under the branch lock
 * ({@link BranchLock#setupChanged()} fires it). Observed synchronously by the catalog publisher, which gives the
 * branch its next catalog version, composes the catalog and records it here with {@link #published(Catalog)}.
 */
public final class BranchSetupChanged {
    private final BranchId branch;
    private Catalog published;

    public BranchSetupChanged(BranchId branch) {
        this.branch = Objects.requireNonNull(branch, "branch");
    }

    public BranchId branch() {
        return branch;
    }

    /** Called by the catalog publisher, once. */
    public void published(Catalog catalog) {
        if (published != null) {
            throw new IllegalStateException("branch " + branch + " setup change already published");
        }
        published = Objects.requireNonNull(catalog, "catalog");
    }

    /** The catalog published for this change; fails when no publisher observed the event. */
    public Catalog published() {
        if (published == null) {
            throw new IllegalStateException("no catalog was published for branch " + branch + "'s setup change");
        }
        return published;
    }
}
