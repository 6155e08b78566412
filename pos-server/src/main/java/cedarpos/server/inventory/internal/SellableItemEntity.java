package cedarpos.server.inventory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Inventory's own read of a menu row: only what decides whether it can be sold.
 * Named for what it is, not a stock item: the stock model (levels, adjustments,
 * reservations) comes with its own tables.
 */
@Entity(name = "SellableItem")
@Table(name = "menu_item")
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

    protected SellableItemEntity() {
    }

    String branchId() {
        return branchId;
    }

    boolean active() {
        return active;
    }
}
