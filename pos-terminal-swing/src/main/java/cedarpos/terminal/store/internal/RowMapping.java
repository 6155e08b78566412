package cedarpos.terminal.store.internal;

import cedarpos.protocol.v1.Jsons;
import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.TableId;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.terminal.store.internal.Rows.MenuRow;
import cedarpos.terminal.store.internal.Rows.OutboxRow;
import cedarpos.terminal.store.internal.Rows.TableRow;
import jakarta.json.JsonReader;
import java.io.StringReader;
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

    public static OutboxEntry entry(OutboxRow r) {
        return new OutboxEntry(UUID.fromString(r.entryId), r.seq, r.entity, r.recordId, r.operation,
                r.eventTimeMs, json(r.payload));
    }

    public static jakarta.json.JsonObject json(String text) {
        try (JsonReader reader = Jsons.reader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
