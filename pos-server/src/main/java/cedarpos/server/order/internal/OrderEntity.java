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

/**
 * An order: {@code stateJson} (its mergeable state) is the truth, every other
 * column is materialized from it. The header stays NULL while the order's
 * opening has not arrived.
 */
@Entity(name = "CustomerOrder")
@Table(name = "customer_order")
// the manager's list of orders is a query of its optional filters: OrderRepository.search
// the sales of a day: one branch's orders by opening time (ix_customer_order_branch), states only
@NamedQuery(name = "CustomerOrder.statesOfDay",
        query = "SELECT o.stateJson FROM CustomerOrder o WHERE o.branchId = :branchId AND o.status IS NOT NULL"
                + " AND o.openedAtMs >= :fromMs AND o.openedAtMs < :toMs")
@NamedQuery(name = "CustomerOrder.statesOfDayByBranches",
        query = "SELECT o.branchId, o.stateJson FROM CustomerOrder o WHERE o.branchId IN :branchIds"
                + " AND o.status IS NOT NULL AND o.openedAtMs >= :fromMs AND o.openedAtMs < :toMs")
public class OrderEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "table_id", length = 36)
    private String tableId;

    @Column(name = "opened_by", length = 36)
    private String openedBy;

    @Column(name = "status")
    private String status;

    @Column(name = "payment")
    private String payment;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "opened_at_ms")
    private Long openedAtMs;

    @Column(name = "guests", nullable = false)
    private int guests;

    @Column(name = "subtotal_minor", nullable = false)
    private long subtotalMinor;

    @Column(name = "discount_minor", nullable = false)
    private long discountMinor;

    @Column(name = "total_minor", nullable = false)
    private long totalMinor;

    @Column(name = "conflict_count", nullable = false)
    private int conflictCount;

    @Column(name = "state_json", length = 1000000)
    private String stateJson;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("lineNo")
    private List<OrderLineEntity> lines = new ArrayList<>();

    protected OrderEntity() {
    }

    OrderEntity(String id, String branchId, String currency) {
        this.id = id;
        this.branchId = branchId;
        this.currency = currency;
    }

    OrderLineEntity addLine(String lineId, String menuItemId, String name, long unitPriceMinor) {
        OrderLineEntity line = new OrderLineEntity(lineId, this, lines.size() + 1, menuItemId, name, unitPriceMinor);
        lines.add(line);
        return line;
    }

    void header(String openedBy, long openedAtMs, String status, String payment, String tableId, int guests) {
        this.openedBy = openedBy;
        this.openedAtMs = openedAtMs;
        this.status = status;
        this.payment = payment;
        this.tableId = tableId;
        this.guests = guests;
    }

    void amounts(long subtotalMinor, long discountMinor, long totalMinor, int conflictCount) {
        this.subtotalMinor = subtotalMinor;
        this.discountMinor = discountMinor;
        this.totalMinor = totalMinor;
        this.conflictCount = conflictCount;
    }

    void stateJson(String json) {
        this.stateJson = json;
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

    String payment() {
        return payment;
    }

    String currency() {
        return currency;
    }

    long openedAtMs() {
        return openedAtMs == null ? 0 : openedAtMs;
    }

    int guests() {
        return guests;
    }

    long totalMinor() {
        return totalMinor;
    }

    int conflictCount() {
        return conflictCount;
    }

    String stateJson() {
        return stateJson;
    }

    List<OrderLineEntity> lines() {
        return lines;
    }
}
