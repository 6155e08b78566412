package cedarpos.terminal.ui.order;

import cedarpos.domain.DiningTable;
import cedarpos.domain.TableId;

/**
 * A table as the order screen offers it ("T1 · Hall").
 *
 * @param area the table's area in this screen's language: its Arabic name in Arabic when it has one, else the area
 */
public record TableChoice(DiningTable table, String area) {
    public TableId id() {
        return table.id();
    }

    public String label() {
        return table.label();
    }

    public int seats() {
        return table.seats();
    }
}
