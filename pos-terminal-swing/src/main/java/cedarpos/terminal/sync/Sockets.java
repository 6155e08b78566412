package cedarpos.terminal.sync;

import cedarpos.protocol.v1.ErrorCode;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/** What the worker needs to say about a WebSocket session that is not about the conversation. */
final class Sockets {
    private static final Logger LOG = Logger.getLogger(SyncWorker.class.getName());

    private Sockets() {
    }

    static void closeQuietly(Session s, String reason) {
        try {
            String phrase = reason.length() > 100 ? reason.substring(0, 100) : reason;
            s.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, phrase));
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "close failed: " + e);
        }
    }

    static String rootMessage(Throwable e, String fallback) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : fallback;
    }

    /** The close code the server uses for a refused token carries the error code as its reason. */
    static Optional<ErrorCode> authRefusal(CloseReason reason) {
        if (reason.getCloseCode().getCode() != CloseReason.CloseCodes.VIOLATED_POLICY.getCode()
                || reason.getReasonPhrase() == null) {
            return Optional.empty();
        }
        try {
            ErrorCode code = ErrorCode.valueOf(reason.getReasonPhrase().trim());
            return SyncStatus.isAuthRefusal(code) ? Optional.of(code) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
