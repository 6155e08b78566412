package cedarpos.server.broadcast;

import cedarpos.domain.BranchId;
import java.util.Objects;

/**
 * A till's push filed shift records of the branch (a shift opened, a pay-in or pay-out, a shift closed with its
 * count and Z report): what the web admin's shifts page shows changed. Shift records make no change record (nothing
 * for the other tills to apply), so {@link BranchChangesCommitted} never says so. Fired inside the push's
 * transaction; the streams hear it only once that transaction has committed.
 */
public record ShiftsRecorded(BranchId branchId) {
    public ShiftsRecorded {
        Objects.requireNonNull(branchId, "branchId");
    }
}
