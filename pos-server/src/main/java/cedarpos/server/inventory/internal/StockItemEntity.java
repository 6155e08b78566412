package cedarpos.server.inventory.internal;

import cedarpos.domain.StockItemId;
import cedarpos.domain.stock.StockBalance;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Something the kitchen keeps in stock, in its own unit, with its balance: {@code level} is the sum of its
 * adjustments and {@code held} what confirmed reservations take from it, both changed only under the branch
 * lock; {@code version} counts every change of either.
 */
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

    @Column(name = "level", nullable = false)
    private long level;

    @Column(name = "held", nullable = false)
    private long held;

    @Column(name = "version", nullable = false)
    private long version;

    protected StockItemEntity() {
    }

    StockItemEntity(String id, String branchId, String name, String unit) {
        this.id = id;
        this.branchId = branchId;
        this.name = name;
        this.unit = unit;
    }

    String id() {
        return id;
    }

    String branchId() {
        return branchId;
    }

    String name() {
        return name;
    }

    String unit() {
        return unit;
    }

    long available() {
        return level - held;
    }

    /** An adjustment was recorded (a sale included). */
    void adjust(long delta) {
        level = Math.addExact(level, delta);
        version++;
    }

    /** Reservations took (positive) or gave back (negative) this much. */
    void hold(long delta) {
        long next = Math.addExact(held, delta);
        if (next < 0) {
            throw new IllegalStateException("stock item " + id + " would hold " + next + " (held " + held
                    + ", change " + delta + "): the reservations and the balance disagree");
        }
        held = next;
        version++;
    }

    StockBalance balance() {
        return new StockBalance(StockItemId.parse(id), level, held, version);
    }
}
