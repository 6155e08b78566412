package cedarpos.terminal.sync;

import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.terminal.store.StoreEvent;
import cedarpos.terminal.store.TerminalStore;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;

/**
 * Keeps one WebSocket to the server alive and drives a {@link SyncConversation}
 * over it. Everything runs on one private thread, in order: frames, local-write
 * wake-ups, timeouts and reconnects. Never touches Swing; status listeners are
 * called on the sync thread.
 */
public final class SyncWorker implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SyncWorker.class.getName());

    /** Tunables; the defaults follow the issue (200 per push, 10 s for a reply, retry within 1 s). */
    public record Options(int batchSize, long replyTimeoutMs, long maxRetryDelayMs, int handshakeTimeoutMs) {
        public static Options defaults() {
            return new Options(200, 10_000, 1_000, 5_000);
        }
    }

    private final TerminalStore store;
    private final URI serverUri;
    private final Options options;
    private final ScheduledExecutorService thread;
    private final ClientManager client;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<StoreEvent> storeListener = this::onStoreEvent;

    // confined to the sync thread
    private Session session;
    private SyncConversation conversation;
    private int failures;
    private String lastError;
    private volatile boolean closed;
    private volatile SyncStatus status;

    public SyncWorker(TerminalStore store, URI serverUri) {
        this(store, serverUri, Options.defaults());
    }

    public SyncWorker(TerminalStore store, URI serverUri, Options options) {
        this.store = store;
        this.serverUri = serverUri;
        this.options = options;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cedarpos-sync-" + store.terminalId().toString().substring(0, 8));
            t.setDaemon(true);
            return t;
        });
        this.client = ClientManager.createClient();
        client.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, options.handshakeTimeoutMs());
        this.status = computeStatus(false);
    }

    public void start() {
        store.addListener(storeListener);
        thread.scheduleWithFixedDelay(this::tick, 200, 200, TimeUnit.MILLISECONDS);
        submit(this::connect);
        LOG.info(() -> "sync worker started server=" + serverUri);
    }

    public SyncStatus status() {
        return status;
    }

    /** Called on the sync thread with every new status, and once right away. */
    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    public void removeListener(Consumer<SyncStatus> listener) {
        listeners.remove(listener);
    }

    private void onStoreEvent(StoreEvent event) {
        if (event == StoreEvent.LOCAL_WRITE) {
            submit(() -> {
                if (conversation != null) {
                    conversation.onLocalWrite();
                }
                publish();
            });
        }
    }

    private void connect() {
        if (closed || session != null) {
            return;
        }
        SyncConversation conv = new SyncConversation(store, new SocketLink(), System::currentTimeMillis,
                options.batchSize(), options.replyTimeoutMs());
        try {
            Session s = client.connectToServer(new Listener(conv), ClientEndpointConfig.Builder.create().build(),
                    serverUri);
            s.setMaxTextMessageBufferSize(ProtocolCodec.MAX_FRAME_CHARS * 4);
            session = s;
            conversation = conv;
            LOG.info(() -> "connected server=" + serverUri + " session=" + s.getId());
            conv.open();
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            lostConnection("connect failed: " + rootMessage(e, reason));
            return;
        }
        publish();
    }

    private void tick() {
        if (conversation != null) {
            conversation.onTick();
        }
    }

    /** Forgets the connection, shows offline and schedules the next attempt. */
    private void lostConnection(String reason) {
        if (conversation != null) {
            conversation.close();
        }
        Session s = session;
        session = null;
        conversation = null;
        if (s != null) {
            closeQuietly(s, reason);
        }
        failures++;
        lastError = reason;
        long delay = Math.min(options.maxRetryDelayMs(), 250L << Math.min(failures - 1, 4));
        if (failures == 1 || failures % 30 == 0) {
            LOG.warning(() -> "offline (" + reason + "); retry " + failures + " in " + delay + " ms");
        } else {
            LOG.fine(() -> "offline (" + reason + "); retry " + failures + " in " + delay + " ms");
        }
        publish();
        if (!closed) {
            try {
                thread.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // closing
            }
        }
    }

    private void publish() {
        SyncStatus next = computeStatus(conversation != null && conversation.isWelcomed());
        status = next;
        for (Consumer<SyncStatus> l : listeners) {
            try {
                l.accept(next);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "status listener failed", e);
            }
        }
    }

    private SyncStatus computeStatus(boolean online) {
        if (online) {
            failures = 0;
        }
        String error = conversation != null && conversation.lastError() != null ? conversation.lastError()
                : online ? null : lastError;
        try {
            return new SyncStatus(online, store.pendingCount(), store.oldestPendingCreatedAtMs(),
                    store.state().lastSyncAtMs(), error);
        } catch (RuntimeException e) {
            // the store is closing under us: keep showing the last known numbers
            SyncStatus last = status;
            return last == null ? new SyncStatus(false, 0, OptionalLong.empty(), OptionalLong.empty(), error) : last;
        }
    }

    private void submit(Runnable r) {
        if (closed) {
            return;
        }
        try {
            thread.execute(() -> {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "sync step failed; reconnecting", e);
                    lostConnection("internal error: " + e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        store.removeListener(storeListener);
        try {
            thread.submit(() -> {
                if (session != null) {
                    closeQuietly(session, "terminal shutting down");
                    session = null;
                }
            }).get(3, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.fine(() -> "close: " + e);
        }
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.shutdown();
        LOG.info(() -> "sync worker stopped server=" + serverUri);
    }

    private static void closeQuietly(Session s, String reason) {
        try {
            String phrase = reason.length() > 100 ? reason.substring(0, 100) : reason;
            s.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, phrase));
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "close failed: " + e);
        }
    }

    private static String rootMessage(Throwable e, String fallback) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : fallback;
    }

    /** Sends from the sync thread; a failed send is a lost connection. */
    private final class SocketLink implements SyncConversation.Link {
        @Override
        public void send(Message message) {
            Session s = session;
            if (s == null) {
                return;
            }
            try {
                s.getBasicRemote().sendText(ProtocolCodec.encode(message));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("send " + message.type() + " failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void drop(String reason) {
            // called from inside the conversation: unwind first, then reconnect
            thread.execute(() -> lostConnection(reason));
        }
    }

    /** Tyrus callbacks arrive on its threads: hand everything to the sync thread, in order. */
    private final class Listener extends Endpoint {
        private final SyncConversation conv;

        Listener(SyncConversation conv) {
            this.conv = conv;
        }

        @Override
        public void onOpen(Session s, EndpointConfig config) {
            s.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> submit(() -> {
                if (conversation == conv) {
                    conv.onFrame(text);
                    publish();
                }
            }));
        }

        @Override
        public void onClose(Session s, CloseReason reason) {
            submit(() -> {
                if (conversation == conv) {
                    lostConnection("closed by server: " + reason.getCloseCode() + " " + reason.getReasonPhrase());
                }
            });
        }

        @Override
        public void onError(Session s, Throwable error) {
            submit(() -> {
                if (conversation == conv) {
                    lostConnection("transport error: " + error.getMessage());
                }
            });
        }
    }
}
