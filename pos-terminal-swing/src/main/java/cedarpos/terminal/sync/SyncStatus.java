package cedarpos.terminal.sync;

import java.util.OptionalLong;

/**
 * What the cashier's status bar shows.
 *
 * @param online            connected and welcomed by the server
 * @param pendingCount      outbox entries not acked yet
 * @param oldestPendingAtMs creation time of the oldest of them
 * @param lastSyncAtMs      last ack or completed sync round
 * @param lastError         the last problem, for people (null when none since the last good round)
 */
public record SyncStatus(boolean online, long pendingCount, OptionalLong oldestPendingAtMs,
                         OptionalLong lastSyncAtMs, String lastError) {
}
