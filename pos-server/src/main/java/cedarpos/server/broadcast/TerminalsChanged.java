package cedarpos.server.broadcast;

import cedarpos.domain.BranchId;
import java.util.Objects;

/**
 * A till of the branch came online or went offline, enrolled or was revoked: what the web admin's terminals page
 * shows changed. Fired after the fact (never inside a transaction that could still roll back).
 */
public record TerminalsChanged(BranchId branchId) {
    public TerminalsChanged {
        Objects.requireNonNull(branchId, "branchId");
    }
}
