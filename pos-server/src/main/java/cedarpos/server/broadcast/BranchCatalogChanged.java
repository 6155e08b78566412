package cedarpos.server.broadcast;

import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Catalog;
import java.util.Objects;

/**
 * A branch's catalog (menu, floor plan, stock items, recipes) changed. Fired inside the writing transaction;
 * sent to the branch's connected terminals only after it commits. A terminal that is not connected gets the
 * new catalog after its next welcome.
 */
public record BranchCatalogChanged(BranchId branchId, Catalog catalog) {
    public BranchCatalogChanged {
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(catalog, "catalog");
    }
}
