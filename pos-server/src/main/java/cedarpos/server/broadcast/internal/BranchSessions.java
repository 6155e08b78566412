package cedarpos.server.broadcast.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.server.broadcast.SessionRegistry;
import cedarpos.server.broadcast.TerminalsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
public class BranchSessions implements SessionRegistry {
    private static final String OUTBOUND = "cedarpos.outbound";
    private static final String JOINED_AT = "cedarpos.joinedAtMs";

    @Inject
    private Event<TerminalsChanged> terminalsChanged;

    private final Map<BranchId, Set<Session>> byBranch = new ConcurrentHashMap<>();
    private final Map<String, BranchId> branchOfSession = new ConcurrentHashMap<>();
    private final Map<TerminalId, Set<Session>> byTerminal = new ConcurrentHashMap<>();
    private final Map<String, TerminalId> terminalOfSession = new ConcurrentHashMap<>();
    private final Map<String, String> tokenOfSession = new ConcurrentHashMap<>();

    @Override
    public void join(BranchId branchId, Session session) {
        session.getUserProperties().put(JOINED_AT, System.currentTimeMillis());
        byBranch.computeIfAbsent(branchId, b -> ConcurrentHashMap.newKeySet()).add(session);
        branchOfSession.put(session.getId(), branchId);
        terminalsChanged.fire(new TerminalsChanged(branchId));
    }

    @Override
    public void identify(TerminalId terminalId, String token, Session session) {
        byTerminal.computeIfAbsent(terminalId, t -> ConcurrentHashMap.newKeySet()).add(session);
        terminalOfSession.put(session.getId(), terminalId);
        tokenOfSession.put(session.getId(), token);
    }

    @Override
    public String token(String sessionId) {
        return sessionId == null ? null : tokenOfSession.get(sessionId);
    }

    @Override
    public int closeTerminal(TerminalId terminalId, Message message, CloseReason reason) {
        Set<Session> sessions = byTerminal.get(terminalId);
        if (sessions == null) {
            return 0;
        }
        int closed = 0;
        for (Session s : List.copyOf(sessions)) {
            if (s.isOpen()) {
                sendAndClose(s, message, reason);
                closed++;
            }
            leave(s);
        }
        return closed;
    }

    @Override
    public void leave(Session session) {
        tokenOfSession.remove(session.getId());
        TerminalId terminalId = terminalOfSession.remove(session.getId());
        if (terminalId != null) {
            byTerminal.computeIfPresent(terminalId, (t, set) -> {
                set.remove(session);
                return set.isEmpty() ? null : set;
            });
        }
        BranchId branchId = branchOfSession.remove(session.getId());
        if (branchId != null) {
            Set<Session> sessions = byBranch.get(branchId);
            if (sessions != null) {
                sessions.remove(session);
            }
            terminalsChanged.fire(new TerminalsChanged(branchId));
        }
    }

    @Override
    public Map<TerminalId, Long> onlineSince(BranchId branchId) {
        Map<TerminalId, Long> since = new HashMap<>();
        for (Session s : byBranch.getOrDefault(branchId, Set.of())) {
            TerminalId t = terminalOfSession.get(s.getId());
            Object joinedAt = s.getUserProperties().get(JOINED_AT);
            if (t != null && s.isOpen() && joinedAt instanceof Long at) {
                since.merge(t, at, Math::min);
            }
        }
        return since;
    }

    @Override
    public void send(Session session, Message message) {
        outbound(session).send(ProtocolCodec.encode(message));
    }

    @Override
    public void sendAndClose(Session session, Message message, CloseReason reason) {
        Outbound out = outbound(session);
        out.send(ProtocolCodec.encode(message));
        out.close(reason);
    }

    @Override
    public int openSessions(BranchId branchId) {
        Set<Session> sessions = byBranch.get(branchId);
        return sessions == null ? 0 : (int) sessions.stream().filter(Session::isOpen).count();
    }

    /** Sends one already-encoded frame to the branch's session {@code sessionId} if it is open. */
    void sendFirst(BranchId branchId, String sessionId, String frame) {
        Set<Session> sessions = byBranch.get(branchId);
        if (sessions == null || sessionId == null) {
            return;
        }
        for (Session s : List.copyOf(sessions)) {
            if (s.isOpen() && s.getId().equals(sessionId)) {
                outbound(s).send(frame);
            }
        }
    }

    /** Sends one already-encoded frame to every open session of the branch. */
    void broadcast(BranchId branchId, String frame, String firstTo, String firstFrame) {
        Set<Session> sessions = byBranch.get(branchId);
        if (sessions == null) {
            return;
        }
        for (Session s : List.copyOf(sessions)) {
            if (!s.isOpen()) {
                leave(s);
                continue;
            }
            Outbound out = outbound(s);
            if (firstFrame != null && s.getId().equals(firstTo)) {
                out.send(firstFrame);
            }
            out.send(frame);
        }
    }

    private static Outbound outbound(Session session) {
        Map<String, Object> props = session.getUserProperties();
        // user properties are per session; computeIfAbsent on the session's map is not atomic, so lock it
        synchronized (props) {
            Object existing = props.get(OUTBOUND);
            if (existing instanceof Outbound o) {
                return o;
            }
            Outbound created = new Outbound(session);
            props.put(OUTBOUND, created);
            return created;
        }
    }
}
