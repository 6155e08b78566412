package cedarpos.domain.merge;

import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import java.util.List;

/**
 * Something the merge could not decide alone, computed from the order's state so
 * that every replica holding the same changes shows the same conflicts. It stays
 * open until a manager's resolution that saw all its versions lands.
 *
 * @param lineId   the line concerned, or null for the order header
 * @param field    what the versions disagree on: quantity, note, void, discount, guests, table, line
 * @param versions the competing changes, oldest first
 */
public record Conflict(Kind kind, OrderId orderId, OrderLineId lineId, String field, List<Version> versions) {

    public enum Kind {
        /** two terminals changed the same field of a line without seeing each other's change */
        CONCURRENT_EDIT,
        /** a line was voided by a terminal that had not seen another terminal's edit of it */
        VOID_VS_EDIT,
        /** a line whose ticket already went to the kitchen was voided: allowed, but a manager reviews it */
        VOID_AFTER_SEND,
        /** a change the settlement of a paid order did not cover: the order must not change silently */
        LATE_FOR_SETTLED
    }

    /** One side of a conflict: the change, and what it sets, for people to read. */
    public record Version(Stamp stamp, String value) {
    }

    public Conflict {
        versions = List.copyOf(versions);
    }

    /** Stable identity while the conflict is open: order, line (or header), kind and field. */
    public String key() {
        return orderId + "/" + (lineId == null ? "header" : lineId.toString()) + "/" + kind + "/" + field;
    }
}
