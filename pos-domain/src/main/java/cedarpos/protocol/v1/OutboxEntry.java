package cedarpos.protocol.v1;

import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * One local write on its way to the server.
 *
 * @param entryId the idempotency key, generated with the write
 * @param seq     gapless per-terminal sequence, starting at 1
 */
public record OutboxEntry(UUID entryId, long seq, String entity, String recordId, String operation,
                          long eventTimeMs, JsonObject payload) {
}
