package cedarpos.server.broadcast.internal;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ordered, non-blocking writes to one WebSocket session. At most one frame is in
 * flight (the WebSocket API forbids concurrent writes on a session); the next
 * goes out from the completion callback. A terminal that stops reading builds
 * up a queue; past a limit it is disconnected and will pull what it missed.
 */
final class Outbound {
    private static final Logger LOG = Logger.getLogger(Outbound.class.getName());
    static final int MAX_QUEUED_FRAMES = 2000;
    private static final long SEND_TIMEOUT_MS = 30_000;

    private final Session session;
    private final Deque<Object> queue = new ArrayDeque<>();
    private boolean inFlight;
    private boolean closed;

    Outbound(Session session) {
        this.session = session;
        session.getAsyncRemote().setSendTimeout(SEND_TIMEOUT_MS);
    }

    void send(String frame) {
        enqueue(frame);
    }

    void close(CloseReason reason) {
        enqueue(reason);
    }

    private void enqueue(Object item) {
        boolean overflow = false;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (queue.size() >= MAX_QUEUED_FRAMES) {
                overflow = true;
                closed = true;
                queue.clear();
            } else {
                queue.addLast(item);
                if (inFlight) {
                    return;
                }
                inFlight = true;
            }
        }
        if (overflow) {
            LOG.warning(() -> "session " + session.getId() + " is not reading; " + MAX_QUEUED_FRAMES
                    + " frames queued, disconnecting it");
            closeNow(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too slow"));
            return;
        }
        next();
    }

    /** Writes the head of the queue; called only by the thread that set inFlight. */
    private void next() {
        Object item;
        synchronized (this) {
            item = queue.pollFirst();
            if (item == null || closed) {
                inFlight = false;
                return;
            }
        }
        if (item instanceof CloseReason reason) {
            synchronized (this) {
                closed = true;
                queue.clear();
                inFlight = false;
            }
            closeNow(reason);
            return;
        }
        try {
            session.getAsyncRemote().sendText((String) item, this::sent);
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void sent(SendResult result) {
        if (!result.isOK()) {
            failed(result.getException());
            return;
        }
        next();
    }

    private void failed(Throwable e) {
        synchronized (this) {
            closed = true;
            queue.clear();
            inFlight = false;
        }
        LOG.log(Level.INFO, "send to session " + session.getId() + " failed, closing it: " + e);
        closeNow(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "send failed"));
    }

    private void closeNow(CloseReason reason) {
        try {
            if (session.isOpen()) {
                session.close(reason);
            }
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "closing session " + session.getId() + ": " + e);
        }
    }
}
