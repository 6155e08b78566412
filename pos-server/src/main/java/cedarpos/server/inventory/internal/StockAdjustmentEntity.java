package cedarpos.server.inventory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One adjustment of the ledger; its id was born with it, on the terminal or the server. */
@Entity(name = "StockAdjustment")
@Table(name = "stock_adjustment")
@NamedQuery(name = "StockAdjustment.findByBranch",
        query = "SELECT a FROM StockAdjustment a WHERE a.branchId = :branchId ORDER BY a.createdAt DESC, a.id")
public class StockAdjustmentEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "stock_item_id", nullable = false, length = 36)
    private String stockItemId;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "delta", nullable = false)
    private long delta;

    @Column(name = "note")
    private String note;

    @Column(name = "stamp", nullable = false)
    private String stamp;

    @Column(name = "origin", nullable = false, length = 36)
    private String origin;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected StockAdjustmentEntity() {
    }

    StockAdjustmentEntity(String id, String branchId, String stockItemId, String reason, long delta, String note,
                          String stamp, String origin, LocalDateTime createdAt) {
        this.id = id;
        this.branchId = branchId;
        this.stockItemId = stockItemId;
        this.reason = reason;
        this.delta = delta;
        this.note = note;
        this.stamp = stamp;
        this.origin = origin;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String branchId() {
        return branchId;
    }

    String stockItemId() {
        return stockItemId;
    }

    String reason() {
        return reason;
    }

    long delta() {
        return delta;
    }

    String note() {
        return note;
    }

    String stamp() {
        return stamp;
    }

    String origin() {
        return origin;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }
}
