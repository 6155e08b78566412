package cedarpos.server.order;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * A row of the review queue.
 *
 * @param status     OPEN or RESOLVED
 * @param resolvedBy the manager whose resolution closed it, or "merge" when a later change did
 * @param resolution the manager's choice as JSON text, or null
 */
public record ConflictView(String id, String key, String kind, String orderId, String lineId, String field,
                           List<Version> versions, long detectedAtMs, String status, Long resolvedAtMs,
                           String resolvedBy, String resolution) {
    public ConflictView {
        versions = List.copyOf(versions);
    }

    /**
     * One side: the change's stamp, its terminal (or the server origin), its time and what it set, as a sentence
     * ({@code value}) and field by field ({@code changes}: added, quantity, note, void, restored, sent, fired,
     * discount, discountOff, guests, table; empty when not known).
     */
    public record Version(String stamp, String terminalId, long atMs, String value, JsonObject changes) {
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
