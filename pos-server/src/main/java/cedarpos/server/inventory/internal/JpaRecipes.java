package cedarpos.server.inventory.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.stock.Portion;
import cedarpos.domain.stock.Recipe;
import cedarpos.server.inventory.Recipes;
import cedarpos.server.platform.RequestRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaRecipes implements Recipes {
    @Inject
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<Recipe> all(BranchId branch) {
        return group(em.createNamedQuery("RecipePortion.findByBranch", RecipePortionEntity.class)
                .setParameter("branchId", branch.toString()).getResultList());
    }

    /** Recipe rows grouped by dish, in the order given. */
    static List<Recipe> group(List<RecipePortionEntity> rows) {
        Map<String, List<Portion>> byDish = new LinkedHashMap<>();
        for (RecipePortionEntity r : rows) {
            byDish.computeIfAbsent(r.menuItemId(), k -> new ArrayList<>())
                    .add(new Portion(StockItemId.parse(r.stockItemId()), r.perPortion()));
        }
        List<Recipe> recipes = new ArrayList<>();
        byDish.forEach((dish, portions) -> recipes.add(new Recipe(MenuItemId.parse(dish), portions)));
        return recipes;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Recipe set(BranchId branch, MenuItemId menuItem, List<Portion> portions) {
        SellableItemEntity dish = em.find(SellableItemEntity.class, menuItem.toString());
        if (dish == null || !dish.branchId().equals(branch.toString())) {
            throw new RequestRefused(404, "UNKNOWN_MENU_ITEM", "no menu item " + menuItem + " in branch " + branch);
        }
        Recipe recipe;
        try {
            recipe = new Recipe(menuItem, portions);
        } catch (IllegalArgumentException e) {
            throw RequestRefused.invalidField(e.getMessage());
        }
        for (Portion p : recipe.portions()) {
            StockItemEntity item = em.find(StockItemEntity.class, p.item().toString());
            if (item == null || !item.branchId().equals(branch.toString())) {
                throw RequestRefused.invalidField("stock item " + p.item() + " is not a stock item of branch "
                        + branch);
            }
        }
        for (RecipePortionEntity old : em.createNamedQuery("RecipePortion.findByMenuItem", RecipePortionEntity.class)
                .setParameter("menuItemId", menuItem.toString()).getResultList()) {
            em.remove(old);
        }
        // the old rows' deletes must reach the database before rows with the same keys are inserted
        em.flush();
        for (Portion p : recipe.portions()) {
            em.persist(new RecipePortionEntity(menuItem.toString(), p.item().toString(), p.perPortion()));
        }
        return recipe;
    }
}
