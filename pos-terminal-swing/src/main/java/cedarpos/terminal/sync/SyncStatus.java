package cedarpos.terminal.sync;

import cedarpos.protocol.v1.ErrorCode;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the cashier's status bar shows.
 *
 * @param online            connected and welcomed by the server
 * @param pendingCount      outbox entries not acked yet
 * @param oldestPendingAtMs creation time of the oldest of them
 * @param lastSyncAtMs      last ack or completed sync round (kept in the database)
 * @param lastAckAtMs       time of the last ack since this process started
 * @param progress          present while a catch-up (the first pull or push after connecting) is under way
 * @param authRefusal       the server refused the device token: the terminal must be enrolled again
 * @param lastError         the last problem, for logs and support (null when none since the last good round)
 * @param rejectedCount     outbox entries the server refused for good (kept, never resent, not pending)
 */
public record SyncStatus(boolean online, long pendingCount, OptionalLong oldestPendingAtMs,
                         OptionalLong lastSyncAtMs, OptionalLong lastAckAtMs, Optional<Progress> progress,
                         Optional<ErrorCode> authRefusal, String lastError, long rejectedCount) {

    /** A status with no refused entry. */
    public SyncStatus(boolean online, long pendingCount, OptionalLong oldestPendingAtMs, OptionalLong lastSyncAtMs,
                      OptionalLong lastAckAtMs, Optional<Progress> progress, Optional<ErrorCode> authRefusal,
                      String lastError) {
        this(online, pendingCount, oldestPendingAtMs, lastSyncAtMs, lastAckAtMs, progress, authRefusal, lastError, 0);
    }

    /** Which way a catch-up moves records. */
    public enum Phase {
        /** Branch changes arriving from the server. */
        PULLING,
        /** Outbox entries going to the server. */
        PUSHING
    }

    /**
     * How far a catch-up is.
     *
     * @param done  pull: records applied; push: entries acked
     * @param total pull: branch head minus cursor at the start; push: entries pending at the start
     */
    public record Progress(Phase phase, long done, long total) {
        public Progress {
            if (done < 0 || total < 0 || done > total) {
                throw new IllegalArgumentException("progress " + done + " of " + total);
            }
        }
    }

    /** Before the worker has said anything. */
    public static SyncStatus initial() {
        return new SyncStatus(false, 0, OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), null);
    }

    /** The codes that mean "this device token is not (or no longer) good here". */
    public static boolean isAuthRefusal(ErrorCode code) {
        return code == ErrorCode.TOKEN_REQUIRED || code == ErrorCode.UNKNOWN_TOKEN
                || code == ErrorCode.TOKEN_REVOKED || code == ErrorCode.TERMINAL_MISMATCH;
    }
}
