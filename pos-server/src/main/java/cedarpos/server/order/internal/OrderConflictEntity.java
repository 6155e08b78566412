package cedarpos.server.order.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of the review queue: a conflict the merge found, open until a change closes it. */
@Entity(name = "OrderConflict")
@Table(name = "order_conflict")
@NamedQuery(name = "OrderConflict.findByBranch",
        query = "SELECT c FROM OrderConflict c WHERE c.branchId = :branchId ORDER BY c.detectedAt DESC, c.id")
@NamedQuery(name = "OrderConflict.findByBranchAndStatus",
        query = "SELECT c FROM OrderConflict c WHERE c.branchId = :branchId AND c.status = :status"
                + " ORDER BY c.detectedAt DESC, c.id")
@NamedQuery(name = "OrderConflict.findByOrder",
        query = "SELECT c FROM OrderConflict c WHERE c.orderId = :orderId ORDER BY c.detectedAt, c.id")
public class OrderConflictEntity {
    static final String OPEN = "OPEN";
    static final String RESOLVED = "RESOLVED";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "order_id", nullable = false, length = 36)
    private String orderId;

    @Column(name = "conflict_key", nullable = false)
    private String key;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "line_id", length = 36)
    private String lineId;

    @Column(name = "field", nullable = false)
    private String field;

    @Column(name = "versions_json", nullable = false, length = 100000)
    private String versionsJson;

    @Column(name = "detected_at", nullable = false)
    private LocalDateTime detectedAt;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolution_json", length = 4000)
    private String resolutionJson;

    protected OrderConflictEntity() {
    }

    OrderConflictEntity(String id, String branchId, String orderId, String key, String kind, String lineId,
                        String field, String versionsJson, LocalDateTime detectedAt) {
        this.id = id;
        this.branchId = branchId;
        this.orderId = orderId;
        this.key = key;
        this.kind = kind;
        this.lineId = lineId;
        this.field = field;
        this.versionsJson = versionsJson;
        this.detectedAt = detectedAt;
        this.status = OPEN;
    }

    void versions(String json) {
        if (!json.equals(versionsJson)) {
            versionsJson = json;
        }
    }

    void resolved(LocalDateTime at, String by, String resolution) {
        status = RESOLVED;
        resolvedAt = at;
        resolvedBy = by;
        resolutionJson = resolution;
    }

    String id() {
        return id;
    }

    String branchId() {
        return branchId;
    }

    String orderId() {
        return orderId;
    }

    String key() {
        return key;
    }

    String kind() {
        return kind;
    }

    String lineId() {
        return lineId;
    }

    String field() {
        return field;
    }

    String versionsJson() {
        return versionsJson;
    }

    LocalDateTime detectedAt() {
        return detectedAt;
    }

    String status() {
        return status;
    }

    LocalDateTime resolvedAt() {
        return resolvedAt;
    }

    String resolvedBy() {
        return resolvedBy;
    }

    String resolutionJson() {
        return resolutionJson;
    }

    boolean isOpen() {
        return OPEN.equals(status);
    }
}
