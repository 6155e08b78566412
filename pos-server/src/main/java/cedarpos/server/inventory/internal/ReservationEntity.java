package cedarpos.server.inventory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The server's decision on one order line's claim on stock (cedarpos.domain.stock.Reservation), its status kept
 * for the manager's lists.
 */
@Entity(name = "Reservation")
@Table(name = "reservation")
@NamedQuery(name = "Reservation.findByOrders",
        query = "SELECT r FROM Reservation r WHERE r.orderId IN :orderIds")
@NamedQuery(name = "Reservation.findByBranch",
        query = "SELECT r FROM Reservation r WHERE r.branchId = :branchId ORDER BY r.decidedAtMs DESC, r.lineId")
@NamedQuery(name = "Reservation.findByBranchAndStatus",
        query = "SELECT r FROM Reservation r WHERE r.branchId = :branchId AND r.status = :status"
                + " ORDER BY r.decidedAtMs DESC, r.lineId")
public class ReservationEntity {
    @Id
    @Column(name = "line_id", length = 36)
    private String lineId;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "order_id", nullable = false, length = 36)
    private String orderId;

    @Column(name = "menu_item_id", nullable = false, length = 36)
    private String menuItemId;

    @Column(name = "dish", nullable = false)
    private String dish;

    @Column(name = "ordered_by", nullable = false, length = 36)
    private String orderedBy;

    @Column(name = "portions_json", nullable = false)
    private String portionsJson;

    @Column(name = "requested", nullable = false)
    private int requested;

    @Column(name = "confirmed", nullable = false)
    private int confirmed;

    @Column(name = "consumed", nullable = false)
    private int consumed;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "decided_at_ms", nullable = false)
    private long decidedAtMs;

    protected ReservationEntity() {
    }

    ReservationEntity(String lineId, String branchId, String orderId, String menuItemId, String dish,
                      String orderedBy, String portionsJson) {
        this.lineId = lineId;
        this.branchId = branchId;
        this.orderId = orderId;
        this.menuItemId = menuItemId;
        this.dish = dish;
        this.orderedBy = orderedBy;
        this.portionsJson = portionsJson;
    }

    void decided(int requested, int confirmed, int consumed, String status, long version, long decidedAtMs) {
        this.requested = requested;
        this.confirmed = confirmed;
        this.consumed = consumed;
        this.status = status;
        this.version = version;
        this.decidedAtMs = decidedAtMs;
    }

    String lineId() {
        return lineId;
    }

    String branchId() {
        return branchId;
    }

    String orderId() {
        return orderId;
    }

    String menuItemId() {
        return menuItemId;
    }

    String dish() {
        return dish;
    }

    String orderedBy() {
        return orderedBy;
    }

    String portionsJson() {
        return portionsJson;
    }

    int requested() {
        return requested;
    }

    int confirmed() {
        return confirmed;
    }

    int consumed() {
        return consumed;
    }

    String status() {
        return status;
    }

    long version() {
        return version;
    }

    long decidedAtMs() {
        return decidedAtMs;
    }
}
