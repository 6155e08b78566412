package cedarpos.server.order.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A line materialized from its order's state; a voided line stays, marked (a tombstone). */
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

    @Column(name = "note")
    private String note;

    @Column(name = "voided", nullable = false)
    private boolean voided;

    @Column(name = "void_reason")
    private String voidReason;

    @Column(name = "void_by")
    private String voidBy;

    @Column(name = "sent", nullable = false)
    private boolean sent;

    @Column(name = "flags", nullable = false)
    private String flags = "";

    protected OrderLineEntity() {
    }

    OrderLineEntity(String id, OrderEntity order, int lineNo, String menuItemId, String name, long unitPriceMinor) {
        this.id = id;
        this.order = order;
        this.lineNo = lineNo;
        this.menuItemId = menuItemId;
        this.name = name;
        this.unitPriceMinor = unitPriceMinor;
    }

    /** Writes only what differs, so an unchanged line costs no UPDATE. */
    void show(int lineNo, int quantity, String note, boolean voided, String voidReason, String voidBy, boolean sent,
              String flags) {
        if (this.lineNo != lineNo) {
            this.lineNo = lineNo;
        }
        if (this.quantity != quantity) {
            this.quantity = quantity;
        }
        if (!java.util.Objects.equals(this.note, note)) {
            this.note = note;
        }
        if (this.voided != voided) {
            this.voided = voided;
        }
        if (!java.util.Objects.equals(this.voidReason, voidReason)) {
            this.voidReason = voidReason;
        }
        if (!java.util.Objects.equals(this.voidBy, voidBy)) {
            this.voidBy = voidBy;
        }
        if (this.sent != sent) {
            this.sent = sent;
        }
        if (!this.flags.equals(flags)) {
            this.flags = flags;
        }
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

    String note() {
        return note;
    }

    boolean voided() {
        return voided;
    }

    boolean sent() {
        return sent;
    }

    String flags() {
        return flags;
    }
}
