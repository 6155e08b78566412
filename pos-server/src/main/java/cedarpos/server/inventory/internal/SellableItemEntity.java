package cedarpos.server.inventory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Inventory's own read of a menu row: only what decides whether it can be sold.
 * Named for what it is, not a stock item: what a dish takes from stock is its
 * recipe ({@link RecipePortionEntity}).
 */
@Entity(name = "SellableItem")
@Table(name = "menu_item")
@NamedQuery(name = "SellableItem.findByBranch",
        query = "SELECT s FROM SellableItem s WHERE s.branchId = :branchId")
@NamedQuery(name = "SellableItem.findInactiveByBranch",
        query = "SELECT s.id FROM SellableItem s WHERE s.branchId = :branchId AND s.active = FALSE")
public class SellableItemEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected SellableItemEntity() {
    }

    String id() {
        return id;
    }

    String branchId() {
        return branchId;
    }

    boolean active() {
        return active;
    }

    String nameEn() {
        return nameEn;
    }
}
