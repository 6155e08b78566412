package cedarpos.server.inventory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Something the kitchen keeps in stock, in its own unit. */
@Entity(name = "StockItem")
@Table(name = "stock_item")
@NamedQuery(name = "StockItem.findByBranch",
        query = "SELECT s FROM StockItem s WHERE s.branchId = :branchId ORDER BY s.name")
public class StockItemEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "unit", nullable = false)
    private String unit;

    protected StockItemEntity() {
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String unit() {
        return unit;
    }
}
