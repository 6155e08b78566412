package cedarpos.server.inventory.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.stock.Portion;
import cedarpos.domain.stock.Recipe;
import cedarpos.protocol.v1.Catalog;
import cedarpos.server.access.AuditLog;
import cedarpos.server.changelog.ChangeLog;
import cedarpos.server.changelog.BranchLock;
import cedarpos.server.inventory.Recipes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * A manager replaces a dish's recipe, under the branch lock; audited; every connected terminal of the branch gets
 * the new catalog once it commits (a terminal that is offline gets it with its next welcome).
 */
@ApplicationScoped
public class RecipeChanges {
    private static final Logger LOG = Logger.getLogger(RecipeChanges.class.getName());

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Recipes recipes;

    @Inject
    private AuditLog audit;

    /** @throws cedarpos.server.platform.RequestRefused 404 UNKNOWN_BRANCH, see {@link Recipes#set} */
    @Transactional
    public Recipe set(BranchId branchId, MenuItemId menuItem, List<Portion> portions, String manager) {
        BranchLock lock = changeLog.lock(branchId);
        Recipe recipe = recipes.set(branchId, menuItem, portions);
        Catalog catalog = lock.setupChanged();
        audit.record(manager, "RECIPE_SET", branchId, menuItem.toString(), recipe.portions().isEmpty()
                ? "not tracked" : "portions=" + recipe.portions().stream()
                .map(p -> p.perPortion() + "x" + p.item()).toList() + " catalogVersion=" + catalog.version());
        LOG.info(() -> "recipe set branch=" + branchId + " menuItem=" + menuItem + " portions="
                + recipe.portions().size() + " by=" + manager + " catalogVersion=" + catalog.version());
        return recipe;
    }
}
