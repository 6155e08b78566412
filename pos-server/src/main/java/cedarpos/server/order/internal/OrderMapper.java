package cedarpos.server.order.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderSnapshot;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.server.order.OrderView;
import java.util.Comparator;
import java.util.List;

/** Entities stop here: everything leaving the module is a domain value or a view record. */
final class OrderMapper {
    private OrderMapper() {
    }

    static OrderSnapshot toSnapshot(OrderEntity o) {
        Currency currency = Currency.parse(o.currency());
        // the mapping orders lines by line_no; sorted here too, whichever way the collection was fetched
        List<OrderLine> lines = o.lines().stream()
                .sorted(Comparator.comparingInt(OrderLineEntity::lineNo))
                .map(l -> new OrderLine(OrderLineId.parse(l.id()), MenuItemId.parse(l.menuItemId()), l.name(),
                        l.quantity(), Money.of(l.unitPriceMinor(), currency)))
                .toList();
        return new OrderSnapshot(OrderId.parse(o.id()), BranchId.parse(o.branchId()),
                o.tableId() == null ? null : TableId.parse(o.tableId()), TerminalId.parse(o.openedBy()),
                OrderStatus.valueOf(o.status()), currency, o.openedAtMs(), lines);
    }

    static OrderEntity toNewEntity(OrderSnapshot s) {
        OrderEntity o = new OrderEntity(s.id().toString(), s.branchId().toString(),
                s.tableId() == null ? null : s.tableId().toString(), s.openedBy().toString(), s.status().name(),
                s.currency().name(), s.openedAtMs());
        for (OrderLine l : s.lines()) {
            addLine(o, l);
        }
        o.total(s.total().minor());
        return o;
    }

    static void addLine(OrderEntity o, OrderLine l) {
        o.addLine(l.id().toString(), l.menuItemId().toString(), l.name(), l.quantity(), l.unitPrice().minor());
    }

    static OrderView toView(OrderEntity o) {
        return new OrderView(o.id(), o.branchId(), o.tableId(), o.status(), o.currency(), o.openedBy(),
                o.openedAtMs(), o.totalMinor(), o.lines().stream()
                .map(l -> new OrderView.OrderLineView(l.id(), l.lineNo(), l.menuItemId(), l.name(), l.quantity(),
                        l.unitPriceMinor()))
                .toList());
    }
}
