package cedarpos.server.broadcast;

import cedarpos.domain.BranchId;
import java.util.Objects;

/**
 * A till's push had entries the server can never apply, now listed as rejected for the branch's managers. They make
 * no change record, so {@link BranchChangesCommitted} never says so. Fired inside the push's transaction; the streams
 * hear it only once that transaction has committed.
 */
public record EntriesRejected(BranchId branchId) {
    public EntriesRejected {
        Objects.requireNonNull(branchId, "branchId");
    }
}
