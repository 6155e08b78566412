package cedarpos.terminal.sync;

import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.ErrorMessage;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.Pull;
import cedarpos.protocol.v1.Push;
import cedarpos.protocol.v1.Welcome;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glassfish.tyrus.server.Server;

/**
 * A small, real WebSocket server speaking the v1 protocol from docs/protocol.md
 * for one branch, in memory: enough to drive the worker over a real socket. The
 * real server's rules (gapless push, skip what was applied, broadcast) are
 * followed so the worker cannot pass by accident.
 */
final class ScriptedSyncServer implements AutoCloseable {
    // Tyrus instantiates the endpoint per connection; the state lives here
    static volatile ScriptedSyncServer current;

    final Catalog catalog;
    final String epoch;
    final List<OutboxEntry> applied = new CopyOnWriteArrayList<>();
    final List<ChangeRecord> log = new CopyOnWriteArrayList<>();
    final List<Session> sessions = new CopyOnWriteArrayList<>();
    final List<String> hellos = new CopyOnWriteArrayList<>();
    private final Server server;

    ScriptedSyncServer(int port, Catalog catalog, String epoch) throws Exception {
        this.catalog = catalog;
        this.epoch = epoch;
        current = this;
        server = new Server("127.0.0.1", port, "/", Map.of(), Endpoint.class);
        server.start();
    }

    synchronized long lastApplied() {
        return applied.isEmpty() ? 0 : applied.get(applied.size() - 1).seq();
    }

    /** Another terminal's change, as the server would broadcast it. */
    synchronized void broadcast(ChangeRecord record) {
        log.add(record);
        sendAll(new Changes(record.seq(), List.of(record)));
    }

    private void sendAll(Message m) {
        for (Session s : sessions) {
            send(s, m);
        }
    }

    private static void send(Session s, Message m) {
        try {
            synchronized (s) {
                s.getBasicRemote().sendText(ProtocolCodec.encode(m));
            }
        } catch (IOException | IllegalStateException e) {
            // the peer went away; it will pull what it missed
        }
    }

    synchronized void onMessage(Session s, String text) {
        Message m;
        try {
            m = ProtocolCodec.decode(text);
        } catch (ProtocolException e) {
            send(s, e.toMessage());
            return;
        }
        if (m instanceof Hello h) {
            hellos.add(h.terminalId() + "@" + h.lastAckedSeq());
            sessions.add(s);
            send(s, new Welcome(epoch, System.currentTimeMillis(), lastApplied(), log.size()));
            send(s, catalog);
        } else if (m instanceof Pull p) {
            List<ChangeRecord> after = log.stream().filter(r -> r.seq() > p.afterSeq()).limit(p.limit()).toList();
            send(s, new Changes(log.size(), after));
        } else if (m instanceof Push p) {
            List<OutboxEntry> fresh = new ArrayList<>();
            long expected = lastApplied() + 1;
            for (OutboxEntry e : p.entries()) {
                if (e.seq() < expected) {
                    continue;
                }
                if (e.seq() != expected) {
                    send(s, new ErrorMessage(ErrorCode.SEQUENCE_GAP, "expected " + expected + ", got " + e.seq()));
                    return;
                }
                fresh.add(e);
                expected++;
            }
            applied.addAll(fresh);
            send(s, new Ack(lastApplied()));
            for (OutboxEntry e : fresh) {
                ChangeRecord r = new ChangeRecord(log.size() + 1, e.entity(), e.recordId(),
                        cedarpos.domain.TerminalId.random(), System.currentTimeMillis(), e.payload());
                log.add(r);
                sendAll(new Changes(r.seq(), List.of(r)));
            }
        }
    }

    @Override
    public void close() {
        for (Session s : sessions) {
            try {
                s.close();
            } catch (IOException e) {
                // already gone
            }
        }
        server.stop();
    }

    /** The endpoint Tyrus instantiates per connection. */
    @ServerEndpoint("/sync")
    public static class Endpoint {
        @OnOpen
        public void open(Session s) {
            s.setMaxTextMessageBufferSize(ProtocolCodec.MAX_FRAME_CHARS * 4);
        }

        @OnMessage
        public void message(Session s, String text) {
            current.onMessage(s, text);
        }

        @OnClose
        public void close(Session s) {
            current.sessions.remove(s);
        }
    }
}
