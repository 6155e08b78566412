package cedarpos.server.branch;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.MenuItem;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The branches of the chain, their menus and their catalog versions. Every method joins the caller's transaction. */
public interface Branches {
    Optional<BranchInfo> branch(BranchId branchId);

    /** Every branch of the chain, by name. */
    List<BranchInfo> branches();

    /** The dishes on sale, as terminals receive them in the catalog; empty for an unknown branch. */
    List<MenuItem> menu(BranchId branchId);

    /**
     * Those of {@code among} that are dishes of the branch's menu, on sale or not: a dish taken off the menu stays
     * known, so an order a till took offline before still applies.
     */
    Set<MenuItemId> menuItemsAmong(BranchId branchId, Collection<MenuItemId> among);

    /**
     * The Arabic names of the categories of the dishes on sale, by category, as terminals receive them in the catalog
     * (a category without one is left out); empty for an unknown branch.
     */
    Map<String, String> categoryNamesAr(BranchId branchId);

    /**
     * The branch's catalog changed (the catalog publisher calls this under the branch lock): its version goes up so
     * terminals can tell snapshots apart.
     *
     * @return the new version
     */
    long bumpVersion(BranchId branchId);

    /**
     * The menu category of each of {@code dishes} that is a dish of the branch, on the menu or not (a dish it does not
     * know is left out).
     */
    Map<MenuItemId, String> categories(BranchId branchId, Collection<MenuItemId> dishes);

    /**
     * A new branch with an empty floor plan and menu; audited as {@code actor}'s. Its row is written at once, so the
     * caller's transaction can take its branch lock next.
     */
    BranchInfo createBranch(String name, Currency currency, String actor);
}
