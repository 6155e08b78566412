package cedarpos.server.catalog;

import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Catalog;
import java.util.Optional;

/**
 * A branch's catalog as terminals receive it: one versioned snapshot of the setup other modules own (the branch
 * module's menu, modifier groups, staff, rate and VAT, the Arabic names of categories; the floor and the Arabic
 * names of its areas; the inventory's stock items and recipes; the printing setup). Joins the caller's transaction.
 */
public interface Catalogs {
    /** The current catalog; empty for a branch that does not exist. */
    Optional<Catalog> current(BranchId branch);
}
