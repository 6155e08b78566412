package cedarpos.terminal.store;

import cedarpos.domain.DiningTable;
import cedarpos.domain.TableStatus;
import cedarpos.domain.merge.MergedOrder;

/**
 * A table of the floor plan as it stands.
 *
 * @param openCheck the newest check still open on it, or null
 */
public record FloorTable(DiningTable table, TableStatus status, MergedOrder openCheck) {
}
