package cedarpos.server.order.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity(name = "CustomerOrder")
@Table(name = "customer_order")
@NamedQuery(name = "CustomerOrder.findByBranch",
        query = "SELECT o FROM CustomerOrder o WHERE o.branchId = :branchId ORDER BY o.openedAtMs DESC, o.id")
public class OrderEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "table_id", length = 36)
    private String tableId;

    @Column(name = "opened_by", nullable = false, length = 36)
    private String openedBy;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "opened_at_ms", nullable = false)
    private long openedAtMs;

    @Column(name = "total_minor", nullable = false)
    private long totalMinor;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("lineNo")
    private List<OrderLineEntity> lines = new ArrayList<>();

    protected OrderEntity() {
    }

    OrderEntity(String id, String branchId, String tableId, String openedBy, String status, String currency,
                long openedAtMs) {
        this.id = id;
        this.branchId = branchId;
        this.tableId = tableId;
        this.openedBy = openedBy;
        this.status = status;
        this.currency = currency;
        this.openedAtMs = openedAtMs;
    }

    void addLine(String lineId, String menuItemId, String name, int quantity, long unitPriceMinor) {
        lines.add(new OrderLineEntity(lineId, this, lines.size() + 1, menuItemId, name, quantity, unitPriceMinor));
    }

    void total(long minor) {
        this.totalMinor = minor;
    }

    String id() {
        return id;
    }

    String branchId() {
        return branchId;
    }

    String tableId() {
        return tableId;
    }

    String openedBy() {
        return openedBy;
    }

    String status() {
        return status;
    }

    String currency() {
        return currency;
    }

    long openedAtMs() {
        return openedAtMs;
    }

    long totalMinor() {
        return totalMinor;
    }

    List<OrderLineEntity> lines() {
        return lines;
    }
}
