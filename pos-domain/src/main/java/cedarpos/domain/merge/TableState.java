package cedarpos.domain.merge;

import cedarpos.domain.TableId;
import cedarpos.domain.TableStatus;

/**
 * A table's status as a last-write-wins register: the change with the later
 * server-clock stamp wins, whichever arrives last, so a stale change from a
 * terminal that was offline never beats a newer one made online.
 */
public record TableState(TableId id, Lww<TableStatus> status) {
    public TableState {
        if (id == null || status == null || status.value() == null) {
            throw new IllegalArgumentException("a table state needs the table id, a status and its stamp");
        }
    }

    public static TableState of(TableId id, TableStatus status, Stamp stamp) {
        return new TableState(id, Lww.of(status, stamp));
    }

    public TableState join(TableState other) {
        if (other == null) {
            return this;
        }
        if (!other.id.equals(id)) {
            throw new IllegalArgumentException("cannot merge table " + other.id + " into " + id);
        }
        return new TableState(id, Lww.join(status, other.status));
    }

    public TableStatus value() {
        return status.value();
    }
}
