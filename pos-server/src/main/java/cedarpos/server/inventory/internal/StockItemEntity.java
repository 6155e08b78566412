package cedarpos.server.inventory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Inventory's own view of a menu row: only what decides whether it can be sold. */
@Entity(name = "StockItem")
@Table(name = "menu_item")
@NamedQuery(name = "StockItem.findInactiveByBranch",
        query = "SELECT s.id FROM StockItem s WHERE s.branchId = :branchId AND s.active = FALSE")
public class StockItemEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected StockItemEntity() {
    }

    String branchId() {
        return branchId;
    }

    boolean active() {
        return active;
    }
}
