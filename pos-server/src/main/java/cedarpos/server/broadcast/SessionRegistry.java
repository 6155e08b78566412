package cedarpos.server.broadcast;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Message;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.util.Map;

/**
 * The open terminal connections, by branch, and the one way to write to them.
 * Sends are queued per session and written asynchronously in order, so a slow
 * or dead terminal never holds up another one.
 */
public interface SessionRegistry {
    /** Joins the session to its branch's broadcasts. */
    void join(BranchId branchId, Session session);

    /**
     * Records which terminal and device token the session authenticated with, so it can be closed when the
     * token dies and a push on it can re-check the token in its transaction.
     */
    void identify(TerminalId terminalId, String token, Session session);

    /** The device token of an identified session still in the registry, or null once it left (closed). */
    String token(String sessionId);

    /**
     * Sends the frame to every open session of the terminal, then closes them.
     *
     * @return how many sessions were closed
     */
    int closeTerminal(TerminalId terminalId, Message message, CloseReason reason);

    /** Forgets the session (on close; an error closes the session first, so it is still reachable until then). */
    void leave(Session session);

    /** Queues a frame for the session, after every frame queued before it. */
    void send(Session session, Message message);

    /** Queues a frame, then closes the connection once it is written. */
    void sendAndClose(Session session, Message message, CloseReason reason);

    /**
     * The terminals of the branch with a session past its hello, each with when its oldest such session joined
     * (epoch ms).
     */
    Map<TerminalId, Long> onlineSince(BranchId branchId);

    /** Open sessions of the branch, for status pages and tests. */
    int openSessions(BranchId branchId);
}
