package cedarpos.terminal.sync;

import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.terminal.store.StoreEvent;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Coalescer;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * called on the sync thread, at most {@link #STATUS_INTERVAL_MS} apart.
 */
public final class SyncWorker implements SyncStatusSource, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SyncWorker.class.getName());
    /** A catch-up of thousands of acks must not flood the EDT: ten statuses a second is plenty to watch. */
    static final long STATUS_INTERVAL_MS = 100;
    /** The largest frame the server may send ({@link ProtocolCodec#MAX_SERVER_FRAME_CHARS}) in UTF-8, plus headers. */
    static final int MAX_SERVER_FRAME_BYTES = ProtocolCodec.MAX_SERVER_FRAME_CHARS * 3 + 1024;

    /**
     * Tunables.
     *
     * @param batchSize          entries per push (1..1000); 500 keeps a frame of ordinary orders near 300 KB,
     *                           well under the 1 M character limit, and the server's transaction short
     * @param replyTimeoutMs     a welcome, changes or ack that takes longer means a dead link
     * @param maxRetryDelayMs    reconnect delay cap while the server is unreachable
     * @param handshakeTimeoutMs WebSocket upgrade timeout
     * @param authRetryDelayMs   reconnect delay after the server refused the device token
     * @param maxPushBackoffMs   cap of the doubling wait after a push refused with INTERNAL_ERROR
     */
    public record Options(int batchSize, long replyTimeoutMs, long maxRetryDelayMs, int handshakeTimeoutMs,
                          long authRetryDelayMs, long maxPushBackoffMs) {
        public Options {
            if (batchSize < 1 || batchSize > ProtocolCodec.MAX_BATCH_ENTRIES) {
                throw new IllegalArgumentException("batch size must be 1.." + ProtocolCodec.MAX_BATCH_ENTRIES
                        + ", got " + batchSize);
            }
            if (replyTimeoutMs < 1 || maxRetryDelayMs < 1 || handshakeTimeoutMs < 1 || authRetryDelayMs < 1
                    || maxPushBackoffMs < 1) {
                throw new IllegalArgumentException("timeouts and delays must be positive");
            }
        }

        public static Options defaults() {
            return new Options(500, 10_000, 1_000, 5_000, 30_000, 30_000);
        }

        public Options withBatchSize(int size) {
            return new Options(size, replyTimeoutMs, maxRetryDelayMs, handshakeTimeoutMs, authRetryDelayMs,
                    maxPushBackoffMs);
        }

        public Options withAuthRetryDelayMs(long delayMs) {
            return new Options(batchSize, replyTimeoutMs, maxRetryDelayMs, handshakeTimeoutMs, delayMs,
                    maxPushBackoffMs);
        }
    }

    private final TerminalStore store;
    private final URI serverUri;
    private final Options options;
    private final java.time.Clock clock;
    private final ScheduledExecutorService thread;
    private final ClientManager client;
    private final Coalescer publisher;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<StoreEvent> storeListener = this::onStoreEvent;

    // confined to the sync thread
    private Session session;
    private SyncConversation conversation;
    private int failures;
    private String lastError;
    private ErrorCode authRefusal;
    private ErrorCode reportedRefusal;
    private long lastAckAtMs = -1;
    private volatile boolean closed;
    private volatile SyncStatus status = SyncStatus.initial();

    public SyncWorker(TerminalStore store, URI serverUri) {
        this(store, serverUri, Options.defaults());
    }

    public SyncWorker(TerminalStore store, URI serverUri, Options options) {
        this(store, serverUri, options, java.time.Clock.systemUTC());
    }

    /**
     * @param clock the terminal's clock: the one its store stamps changes with, so that the
     *              offset measured at each welcome corrects exactly the time the stamps use
     */
    public SyncWorker(TerminalStore store, URI serverUri, Options options, java.time.Clock clock) {
        this.clock = clock;
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
        // Tyrus caps a frame at about 4 MB of bytes by default; the server may send up to 16 Mi characters,
        // up to 3 UTF-8 bytes each. The buffer grows with the frame actually read, so the cap costs nothing.
        client.getProperties().put(ClientProperties.INCOMING_BUFFER_SIZE, MAX_SERVER_FRAME_BYTES);
        this.publisher = new Coalescer(thread, STATUS_INTERVAL_MS, System::currentTimeMillis, this::publishNow);
        this.status = computeStatus();
    }

    public void start() {
        store.addListener(storeListener);
        thread.scheduleWithFixedDelay(this::tick, 200, 200, TimeUnit.MILLISECONDS);
        submit(this::connect);
        publish();
        LOG.info(() -> "sync worker started server=" + serverUri + " batch=" + options.batchSize());
    }

    /** The latest published status (at most {@link #STATUS_INTERVAL_MS} old). */
    public SyncStatus status() {
        return status;
    }

    @Override
    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    @Override
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
        SocketLink link = new SocketLink();
        SyncConversation conv = new SyncConversation(store, link, clock::millis,
                options.batchSize(), options.replyTimeoutMs(), options.maxPushBackoffMs());
        link.conv = conv;
        conv.alreadyReported(reportedRefusal);
        Optional<String> token = store.syncLog().deviceToken();
        ClientEndpointConfig config = ClientEndpointConfig.Builder.create()
                .configurator(new ClientEndpointConfig.Configurator() {
                    @Override
                    public void beforeRequest(Map<String, List<String>> headers) {
                        // without a token the server answers TOKEN_REQUIRED, which the status shows
                        token.ifPresent(t -> headers.put("Authorization", List.of("Bearer " + t)));
                    }
                }).build();
        try {
            Session s = client.connectToServer(new Listener(conv), config, serverUri);
            s.setMaxTextMessageBufferSize(MAX_SERVER_FRAME_BYTES);
            session = s;
            conversation = conv;
            LOG.info(() -> "connected server=" + serverUri + " session=" + s.getId());
            conv.open();
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            lostConnection(null, "connect failed: " + Sockets.rootMessage(e, reason));
            return;
        }
        publish();
    }

    private void tick() {
        if (conversation != null) {
            conversation.onTick();
            if (conversation != null && conversation.progress().isPresent()) {
                publish();
            }
        }
    }

    /**
     * Forgets the connection of {@code conv}, shows offline and schedules the next attempt.
     * A report about an older connection than the current one is ignored.
     */
    private void lostConnection(SyncConversation conv, String reason) {
        if (conv != conversation) {
            return;
        }
        if (conv != null) {
            conv.close();
            conv.authRefusal().ifPresent(code -> authRefusal = code);
            // handed on to the next connection; an ack on this one cleared it
            reportedRefusal = conv.reportedRefusal().orElse(null);
            conv.lastAckAtMs().ifPresent(t -> lastAckAtMs = Math.max(lastAckAtMs, t));
        }
        Session s = session;
        session = null;
        conversation = null;
        if (s != null) {
            Sockets.closeQuietly(s, reason);
        }
        failures++;
        lastError = reason;
        boolean refusedForGood = conv != null && conv.permanentRefusal().isPresent();
        long delay = authRefusal != null || refusedForGood ? options.authRetryDelayMs()
                : Math.min(options.maxRetryDelayMs(), 250L << Math.min(failures - 1, 4));
        if (authRefusal != null) {
            LOG.warning(() -> "device token refused (" + authRefusal + "); enroll this terminal again. Retry in "
                    + delay + " ms; nothing is dropped, pending=" + store.pendingCount());
        } else if (refusedForGood) {
            LOG.warning(() -> "server refused a request for good (" + reason + "); retry in " + delay
                    + " ms; nothing is dropped, pending=" + store.pendingCount());
        } else if (failures == 1 || failures % 30 == 0) {
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
        publisher.request();
    }

    /** On the sync thread, via the coalescer. */
    private void publishNow() {
        if (closed) {
            return;
        }
        SyncStatus next = computeStatus();
        status = next;
        for (Consumer<SyncStatus> l : listeners) {
            try {
                l.accept(next);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "status listener failed", e);
            }
        }
    }

    private SyncStatus computeStatus() {
        SyncConversation conv = conversation;
        boolean online = conv != null && conv.isWelcomed();
        if (conv != null) {
            conv.lastAckAtMs().ifPresent(t -> lastAckAtMs = Math.max(lastAckAtMs, t));
        }
        String error = conv != null && conv.lastError() != null ? conv.lastError() : online ? null : lastError;
        OptionalLong lastAck = lastAckAtMs < 0 ? OptionalLong.empty() : OptionalLong.of(lastAckAtMs);
        try {
            return new SyncStatus(online, store.pendingCount(), store.oldestPendingCreatedAtMs(),
                    store.state().lastSyncAtMs(), lastAck, conv == null ? Optional.empty() : conv.progress(),
                    Optional.ofNullable(authRefusal), error, store.rejectedCount());
        } catch (RuntimeException e) {
            // the store is closing under us: keep showing the last known numbers
            return status;
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
                    lostConnection(conversation, "internal error: " + e.getMessage());
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
                    Sockets.closeQuietly(session, "terminal shutting down");
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

    /** Sends from the sync thread for one conversation; a failed send is a lost connection. */
    private final class SocketLink implements SyncConversation.Link {
        private SyncConversation conv;

        @Override
        public void send(Message message) {
            send(message, null);
        }

        @Override
        public void send(Message message, String encoded) {
            Session s = session;
            if (s == null || conversation != conv) {
                return;
            }
            try {
                s.getBasicRemote().sendText(encoded != null ? encoded : ProtocolCodec.encode(message));
            } catch (IOException | RuntimeException e) {
                // queued behind frames already received, so a refusal the server sent before closing is read first
                String reason = "send " + message.type() + " failed: " + e.getMessage();
                thread.execute(() -> lostConnection(conv, reason));
            }
        }

        @Override
        public void drop(String reason) {
            // called from inside the conversation: unwind first, then reconnect
            thread.execute(() -> lostConnection(conv, reason));
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
                    if (conv.isWelcomed()) {
                        failures = 0;
                        authRefusal = null;
                    }
                    publish();
                }
            }));
        }

        @Override
        public void onClose(Session s, CloseReason reason) {
            submit(() -> {
                if (conversation == conv) {
                    Sockets.authRefusal(reason).ifPresent(code -> authRefusal = code);
                    lostConnection(conv, "closed by server: " + reason.getCloseCode() + " "
                            + reason.getReasonPhrase());
                }
            });
        }

        @Override
        public void onError(Session s, Throwable error) {
            submit(() -> lostConnection(conv, "transport error: " + error.getMessage()));
        }
    }
}
