package cedarpos.server.order.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity(name = "OrderLine")
@Table(name = "order_line")
public class OrderLineEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private OrderEntity order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "menu_item_id", nullable = false, length = 36)
    private String menuItemId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "unit_price_minor", nullable = false)
    private long unitPriceMinor;

    protected OrderLineEntity() {
    }

    OrderLineEntity(String id, OrderEntity order, int lineNo, String menuItemId, String name, int quantity,
                    long unitPriceMinor) {
        this.id = id;
        this.order = order;
        this.lineNo = lineNo;
        this.menuItemId = menuItemId;
        this.name = name;
        this.quantity = quantity;
        this.unitPriceMinor = unitPriceMinor;
    }

    String id() {
        return id;
    }

    int lineNo() {
        return lineNo;
    }

    String menuItemId() {
        return menuItemId;
    }

    String name() {
        return name;
    }

    int quantity() {
        return quantity;
    }

    long unitPriceMinor() {
        return unitPriceMinor;
    }
}
