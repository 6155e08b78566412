package cedarpos.terminal.store.internal;

import cedarpos.protocol.v1.Jsons;
import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderSnapshot;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.terminal.store.internal.Rows.LineRow;
import cedarpos.terminal.store.internal.Rows.MenuRow;
import cedarpos.terminal.store.internal.Rows.OrderRow;
import cedarpos.terminal.store.internal.Rows.OutboxRow;
import cedarpos.terminal.store.internal.Rows.TableRow;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Converts between rows and domain types, both ways. */
public final class RowMapping {
    private RowMapping() {
    }

    public static MenuItem menuItem(MenuRow r) {
        return new MenuItem(MenuItemId.parse(r.id), r.category, r.nameEn, r.nameAr,
                Money.of(r.priceMinor, Currency.parse(r.currency)), r.sortOrder);
    }

    public static MenuRow menuRow(MenuItem m) {
        MenuRow r = new MenuRow();
        r.id = m.id().toString();
        r.category = m.category();
        r.nameEn = m.nameEn();
        r.nameAr = m.nameAr();
        r.priceMinor = m.price().minor();
        r.currency = m.price().currency().name();
        r.sortOrder = m.sortOrder();
        return r;
    }

    public static DiningTable table(TableRow r) {
        return new DiningTable(TableId.parse(r.id), r.label, r.area, r.seats);
    }

    public static TableRow tableRow(DiningTable t) {
        TableRow r = new TableRow();
        r.id = t.id().toString();
        r.label = t.label();
        r.area = t.area();
        r.seats = t.seats();
        return r;
    }

    public static OrderRow orderRow(OrderSnapshot o, String syncStatus, long localVersion) {
        OrderRow r = new OrderRow();
        r.id = o.id().toString();
        r.branchId = o.branchId().toString();
        r.tableId = o.tableId() == null ? null : o.tableId().toString();
        r.openedBy = o.openedBy().toString();
        r.status = o.status().name();
        r.currency = o.currency().name();
        r.openedAtMs = o.openedAtMs();
        r.totalMinor = o.total().minor();
        r.syncStatus = syncStatus;
        r.localVersion = localVersion;
        return r;
    }

    public static List<LineRow> lineRows(OrderSnapshot o, String syncStatus, long localVersion) {
        List<LineRow> rows = new ArrayList<>();
        int no = 1;
        for (OrderLine l : o.lines()) {
            LineRow r = new LineRow();
            r.id = l.id().toString();
            r.orderId = o.id().toString();
            r.lineNo = no++;
            r.menuItemId = l.menuItemId().toString();
            r.name = l.name();
            r.quantity = l.quantity();
            r.unitPriceMinor = l.unitPrice().minor();
            r.syncStatus = syncStatus;
            r.localVersion = localVersion;
            rows.add(r);
        }
        return rows;
    }

    public static OrderSnapshot order(OrderRow r, List<LineRow> lineRows) {
        Currency currency = Currency.parse(r.currency);
        List<OrderLine> lines = new ArrayList<>();
        for (LineRow l : lineRows) {
            lines.add(new OrderLine(OrderLineId.parse(l.id), MenuItemId.parse(l.menuItemId), l.name, l.quantity,
                    Money.of(l.unitPriceMinor, currency)));
        }
        return new OrderSnapshot(OrderId.parse(r.id), BranchId.parse(r.branchId),
                r.tableId == null ? null : TableId.parse(r.tableId), TerminalId.parse(r.openedBy),
                OrderStatus.valueOf(r.status), currency, r.openedAtMs, lines);
    }

    public static OutboxEntry entry(OutboxRow r) {
        try (JsonReader reader = Jsons.reader(new StringReader(r.payload))) {
            return new OutboxEntry(UUID.fromString(r.entryId), r.seq, r.entity, r.recordId, r.operation,
                    r.eventTimeMs, reader.readObject());
        }
    }
}
