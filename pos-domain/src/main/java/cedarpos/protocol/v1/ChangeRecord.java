package cedarpos.protocol.v1;

import cedarpos.domain.TerminalId;
import jakarta.json.JsonObject;

/**
 * One committed change of the branch change log: the reconciled state of one
 * record after the server applied an entry. {@code payload} is decoded by the
 * entity's codec ({@link OrderStateJson} for "order", {@link TableStateJson} for "table", {@link StockAdjustmentJson} for "stock").
 */
public record ChangeRecord(long seq, String entity, String recordId, TerminalId origin, long committedAtMs,
                           JsonObject payload) {
}
