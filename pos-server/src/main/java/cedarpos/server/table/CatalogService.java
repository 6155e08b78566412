package cedarpos.server.table;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.TableId;
import cedarpos.protocol.v1.Catalog;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Branches, their floor plans and their active menus. */
public interface CatalogService {
    Optional<BranchInfo> branch(BranchId branchId);

    /** The branch's snapshot as terminals receive it after the welcome. */
    Optional<Catalog> catalog(BranchId branchId);

    boolean isTableOf(BranchId branchId, TableId tableId);

    /**
     * Those of {@code among} that are dishes of the branch's menu, on sale or not: a dish taken off the menu stays
     * known, so an order a till took offline before still applies.
     */
    Set<MenuItemId> menuItemsAmong(BranchId branchId, Collection<MenuItemId> among);

    /** The ids of every table of the branch (empty for an unknown branch): one query for a whole batch. */
    Set<TableId> tableIdsOf(BranchId branchId);

    /**
     * The branch's catalog changed (a recipe, a stock item): its version goes up so terminals can tell snapshots
     * apart. Joins the caller's transaction.
     *
     * @return the new version
     */
    long bumpVersion(BranchId branchId);

    /** A new branch with an empty floor plan and menu; joins the caller's transaction. */
    BranchInfo createBranch(String name, Currency currency);
}
