package cedarpos.server.inventory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One stock item a portion of a dish takes. */
@Entity(name = "RecipePortion")
@Table(name = "recipe_portion")
@IdClass(RecipePortionEntity.Key.class)
@NamedQuery(name = "RecipePortion.findByBranchAndMenuItems",
        query = "SELECT r FROM RecipePortion r, SellableItem m WHERE m.id = r.menuItemId AND m.branchId = :branchId"
                + " AND r.menuItemId IN :menuItemIds ORDER BY r.menuItemId, r.stockItemId")
@NamedQuery(name = "RecipePortion.findByMenuItem",
        query = "SELECT r FROM RecipePortion r WHERE r.menuItemId = :menuItemId")
@NamedQuery(name = "RecipePortion.findByBranch",
        query = "SELECT r FROM RecipePortion r, SellableItem m WHERE m.id = r.menuItemId AND m.branchId = :branchId"
                + " ORDER BY r.menuItemId, r.stockItemId")
public class RecipePortionEntity {
    /** The composite key: (menu item, stock item). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String menuItemId;
        private String stockItemId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(menuItemId, k.menuItemId)
                    && Objects.equals(stockItemId, k.stockItemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(menuItemId, stockItemId);
        }
    }

    @Id
    @Column(name = "menu_item_id", length = 36)
    private String menuItemId;

    @Id
    @Column(name = "stock_item_id", length = 36)
    private String stockItemId;

    @Column(name = "per_portion", nullable = false)
    private long perPortion;

    protected RecipePortionEntity() {
    }

    RecipePortionEntity(String menuItemId, String stockItemId, long perPortion) {
        this.menuItemId = menuItemId;
        this.stockItemId = stockItemId;
        this.perPortion = perPortion;
    }

    String menuItemId() {
        return menuItemId;
    }

    String stockItemId() {
        return stockItemId;
    }

    long perPortion() {
        return perPortion;
    }
}
