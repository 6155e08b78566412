package cedarpos.terminal.sync;

import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
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
import cedarpos.terminal.store.ApplyResult;
import cedarpos.terminal.store.SyncLog;
import cedarpos.terminal.store.TerminalState;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.AppVersion;
import cedarpos.terminal.sync.SyncStatus.Phase;
import cedarpos.terminal.sync.SyncStatus.Progress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * The terminal's side of one connection, as docs/protocol.md describes it:
 * hello, welcome (reconcile acks), catalog, pull until the cursor reaches the
 * head, then push the outbox batch by batch, then live changes and prompt pushes.
 * The first pull and push after connecting are a catch-up whose {@link #progress()}
 * the status bar shows.
 *
 * <p>Not thread-safe: the worker calls it from its single sync thread. It knows
 * nothing of sockets, so tests feed it messages and read what it sends.
 */
public final class SyncConversation {
    private static final Logger LOG = Logger.getLogger(SyncConversation.class.getName());
    static final int PULL_LIMIT = 1000;
    static final long FIRST_PUSH_BACKOFF_MS = 1_000;
    static final long DEFAULT_MAX_PUSH_BACKOFF_MS = 30_000;

    /** The connection as the conversation sees it. */
    public interface Link {
        void send(Message message);

        /** Sends {@code message} whose frame text the caller already encoded (a push measured for its size). */
        default void send(Message message, String encoded) {
            send(message);
        }

        /** Close the connection; the worker reconnects. */
        void drop(String reason);
    }

    private final TerminalStore store;
    private final SyncLog log;
    private final Link link;
    private final LongSupplier clock;
    private final int batchSize;
    private final long replyTimeoutMs;
    private final long maxPushBackoffMs;

    private boolean welcomed;
    private boolean initialPullDone;
    private boolean pushBlocked;
    private boolean closed;
    private long serverApplied;
    private long inFlightLastSeq;
    private boolean pullOutstanding;
    private long welcomeDeadline = Long.MAX_VALUE;
    private long pullDeadline = Long.MAX_VALUE;
    private long ackDeadline = Long.MAX_VALUE;
    private long helloSentAtMs;
    private long clockOffsetMs;
    private String lastError;
    private ErrorCode authRefusal;
    // a request refused with a code that resending can never cure; cleared by the next ack
    private ErrorCode permanentRefusal;
    // the permanent refusal already logged SEVERE, on this connection or (passed on by the worker) an earlier one
    private ErrorCode reportedRefusal;
    private long lastAckAtMs = -1;
    // a push refused with INTERNAL_ERROR waits on this connection, longer each time
    private long pushBackoffMs = FIRST_PUSH_BACKOFF_MS;
    private long pushRetryAtMs;
    // catch-up progress; the push side starts when the first pull completes
    private Progress progress;
    private long pullStartCursor;
    private long pushStartSeq;
    private boolean pushCatchUp;

    public SyncConversation(TerminalStore store, Link link, LongSupplier clock, int batchSize, long replyTimeoutMs) {
        this(store, link, clock, batchSize, replyTimeoutMs, DEFAULT_MAX_PUSH_BACKOFF_MS);
    }

    public SyncConversation(TerminalStore store, Link link, LongSupplier clock, int batchSize, long replyTimeoutMs,
                            long maxPushBackoffMs) {
        if (batchSize < 1 || batchSize > ProtocolCodec.MAX_BATCH_ENTRIES) {
            throw new IllegalArgumentException("batch size must be 1.." + ProtocolCodec.MAX_BATCH_ENTRIES);
        }
        this.store = store;
        this.log = store.syncLog();
        this.link = link;
        this.clock = clock;
        this.batchSize = batchSize;
        this.replyTimeoutMs = replyTimeoutMs;
        this.maxPushBackoffMs = maxPushBackoffMs;
    }

    /** The socket is open: introduce ourselves. */
    public void open() {
        TerminalState st = store.state();
        SyncLog.OutboxReport outbox = log.outboxReport();
        helloSentAtMs = clock.getAsLong();
        link.send(new Hello(ProtocolCodec.VERSION, st.terminalId(), st.branchId(), st.name(), st.lastAckedSeq(),
                st.cursor(), helloSentAtMs, AppVersion.current(), outbox.lastWrittenSeq(),
                outbox.oldestPendingAtMs()));
        welcomeDeadline = helloSentAtMs + replyTimeoutMs;
        LOG.info(() -> "hello sent terminal=" + st.terminalId() + " branch=" + st.branchId() + " lastAcked="
                + st.lastAckedSeq() + " cursor=" + st.cursor());
    }

    public void onFrame(String text) {
        Message m;
        try {
            // the server's frames may be far larger than ours: a page of records, or one record of up to 4 MiB
            m = ProtocolCodec.decodeServerFrame(text);
        } catch (ProtocolException e) {
            LOG.warning(() -> "frame refused code=" + e.code() + " " + e.getMessage());
            return;
        }
        onMessage(m);
    }

    public void onMessage(Message m) {
        if (closed) {
            return;
        }
        if (m instanceof Welcome w) {
            onWelcome(w);
        } else if (!welcomed && !(m instanceof ErrorMessage)) {
            LOG.warning(() -> "ignored " + m.type() + " before welcome");
        } else if (m instanceof Catalog c) {
            log.applyCatalog(c);
        } else if (m instanceof Changes c) {
            onChanges(c);
        } else if (m instanceof Ack a) {
            onAck(a);
        } else if (m instanceof ErrorMessage e) {
            onError(e);
        } else {
            LOG.warning(() -> "ignored unexpected " + m.type() + " from server");
        }
    }

    private void onWelcome(Welcome w) {
        if (welcomed) {
            LOG.warning("ignored second welcome");
            return;
        }
        welcomed = true;
        welcomeDeadline = Long.MAX_VALUE;
        long receivedAt = clock.getAsLong();
        // the server stamped its time somewhere between our hello and its welcome: assume the middle
        clockOffsetMs = w.serverTimeMs() - (helloSentAtMs + receivedAt) / 2;
        log.recordWelcome(w.serverEpoch(), w.branchHead(), clockOffsetMs);
        TerminalState st = store.state();
        long applied = w.lastAppliedSeq();
        long written = log.lastWrittenSeq();
        if (applied > written) {
            // pushing now would let the server skip new entries under sequence numbers it already has
            pushBlocked = true;
            lastError = "server has applied sequence " + applied + " but this terminal only wrote " + written
                    + "; was its database restored from an older copy?";
            LOG.severe(() -> "push blocked terminal=" + st.terminalId() + ": " + lastError);
        } else if (applied > st.lastAckedSeq()) {
            LOG.info(() -> "welcome acks lost in transit up to seq=" + applied + " rejected="
                    + w.rejected().size());
            log.markAcked(applied, w.rejected());
        } else if (applied < st.lastAckedSeq()) {
            log.markUnackedAfter(applied);
        }
        serverApplied = applied;
        if (st.cursor() > w.branchHead()) {
            LOG.warning(() -> "cursor " + st.cursor() + " is above the branch head " + w.branchHead()
                    + "; rewinding");
            log.rewindCursor(w.branchHead());
        }
        pullStartCursor = Math.min(st.cursor(), w.branchHead());
        progress = new Progress(Phase.PULLING, 0, Math.max(0, w.branchHead() - pullStartCursor));
        LOG.info(() -> "welcome epoch=" + w.serverEpoch() + " lastApplied=" + applied + " head=" + w.branchHead()
                + " clockOffsetMs=" + clockOffsetMs);
        sendPull();
    }

    private void sendPull() {
        long cursor = store.state().cursor();
        link.send(new Pull(cursor, PULL_LIMIT));
        pullOutstanding = true;
        pullDeadline = clock.getAsLong() + replyTimeoutMs;
    }

    private void onChanges(Changes c) {
        ApplyResult r = log.applyChanges(c);
        if (r.gap()) {
            if (!pullOutstanding) {
                sendPull();
            }
            return;
        }
        if (!pullOutstanding) {
            return;
        }
        if (!initialPullDone) {
            // the head may move while we pull: the total grows with it
            long done = Math.max(0, r.cursor() - pullStartCursor);
            progress = new Progress(Phase.PULLING, done, Math.max(done, Math.max(progress.total(),
                    c.head() - pullStartCursor)));
        }
        if (r.cursor() >= c.head() || c.records().isEmpty()) {
            pullOutstanding = false;
            pullDeadline = Long.MAX_VALUE;
            if (!initialPullDone) {
                initialPullDone = true;
                LOG.info(() -> "pulled up to cursor=" + r.cursor());
                startPushCatchUp();
                pushNext();
            }
        } else {
            sendPull();
        }
    }

    private void startPushCatchUp() {
        if (pushBlocked) {
            progress = null;
            return;
        }
        pushCatchUp = true;
        pushStartSeq = serverApplied;
        progress = new Progress(Phase.PUSHING, 0, log.countAfter(serverApplied));
    }

    /** Sends the next batch if the link is free; records a completed round when the outbox is drained. */
    private void pushNext() {
        if (!initialPullDone || inFlightLastSeq != 0 || pushBlocked || closed
                || clock.getAsLong() < pushRetryAtMs) {
            return;
        }
        List<OutboxEntry> batch = log.pendingAfter(serverApplied, batchSize);
        if (batch.isEmpty()) {
            if (pushCatchUp) {
                pushCatchUp = false;
                progress = null;
            }
            log.markSynced(clock.getAsLong());
            return;
        }
        // the server refuses frames above 1 M characters: a batch of unusually large orders is halved until it fits
        Push push = new Push(batch);
        String frame = ProtocolCodec.encode(push);
        while (push.entries().size() > 1 && frame.length() > ProtocolCodec.MAX_FRAME_CHARS) {
            push = new Push(push.entries().subList(0, push.entries().size() / 2));
            frame = ProtocolCodec.encode(push);
        }
        List<OutboxEntry> sent = push.entries();
        inFlightLastSeq = sent.get(sent.size() - 1).seq();
        ackDeadline = clock.getAsLong() + replyTimeoutMs;
        link.send(push, frame);
        LOG.fine(() -> "push sent from=" + sent.get(0).seq() + " to=" + inFlightLastSeq);
    }

    private void onAck(Ack a) {
        long acked = a.lastAppliedSeq();
        if (acked > log.lastWrittenSeq()) {
            LOG.severe(() -> "ack for seq=" + acked + " beyond anything written; ignored");
            return;
        }
        log.markAcked(acked, a.rejected());
        lastAckAtMs = clock.getAsLong();
        serverApplied = Math.max(serverApplied, acked);
        if (acked < inFlightLastSeq) {
            LOG.warning(() -> "ack " + acked + " below the batch end " + inFlightLastSeq + "; resending the rest");
        }
        inFlightLastSeq = 0;
        ackDeadline = Long.MAX_VALUE;
        pushBackoffMs = FIRST_PUSH_BACKOFF_MS;
        lastError = null;
        permanentRefusal = null;
        reportedRefusal = null;
        if (pushCatchUp) {
            long done = Math.max(0, serverApplied - pushStartSeq);
            progress = new Progress(Phase.PUSHING, done, Math.max(done, progress.total()));
        }
        LOG.fine(() -> "ack lastApplied=" + acked);
        pushNext();
    }

    /**
     * By class (docs/protocol.md, "Error codes"): a refused token means enrolling again; a sequence gap
     * means reconnecting so the welcome says where the server is; a retryable refusal of a push keeps
     * the entries and sends them again after a growing wait; any other code is permanent, and
     * repeating the request at once could only be refused again, so it waits long.
     */
    private void onError(ErrorMessage e) {
        lastError = e.code() + ": " + e.message();
        boolean answersRequest = inFlightLastSeq != 0 || pullOutstanding || !welcomed;
        if (SyncStatus.isAuthRefusal(e.code())) {
            LOG.warning(() -> "server error code=" + e.code() + " message=" + e.message());
            authRefusal = e.code();
            drop("device token refused: " + e.code());
        } else if (e.code() == ErrorCode.SEQUENCE_GAP) {
            LOG.warning(() -> "server error code=" + e.code() + " message=" + e.message());
            drop("sequence gap: reconnecting so the welcome tells us where the server is");
        } else if (e.code().retryable() && welcomed && inFlightLastSeq != 0) {
            // the server could not commit the push: the entries stay, the same push goes again later
            inFlightLastSeq = 0;
            ackDeadline = Long.MAX_VALUE;
            pushRetryAtMs = clock.getAsLong() + pushBackoffMs;
            LOG.warning(() -> "push refused code=" + e.code() + " message=" + e.message() + "; retry in "
                    + pushBackoffMs + " ms");
            pushBackoffMs = Math.min(maxPushBackoffMs, pushBackoffMs * 2);
        } else if (e.code().retryable()) {
            LOG.warning(() -> "server error code=" + e.code() + " message=" + e.message());
            if (answersRequest) {
                drop("request refused with " + e.code() + "; retrying on a fresh connection");
            }
        } else if (welcomed && inFlightLastSeq != 0 && !closesConnection(e.code())) {
            // the same push can never succeed: keep the connection (changes still arrive), hold the outbox long
            long firstSeq = serverApplied + 1;
            long lastSeq = inFlightLastSeq;
            inFlightLastSeq = 0;
            ackDeadline = Long.MAX_VALUE;
            pushRetryAtMs = clock.getAsLong() + maxPushBackoffMs;
            noteRefusal(e, () -> "push of seq " + firstSeq + ".." + lastSeq + " refused for good; holding the outbox "
                    + maxPushBackoffMs + " ms");
        } else if (answersRequest || closesConnection(e.code())) {
            noteRefusal(e, () -> "request refused for good; reconnecting only after the long wait");
            drop("request refused with " + e.code() + " (permanent)");
        } else {
            LOG.warning(() -> "server error code=" + e.code() + " message=" + e.message());
        }
    }

    /** SEVERE once per code until an ack: the same refusal repeats, across reconnects, until someone fixes its cause. */
    private void noteRefusal(ErrorMessage e, java.util.function.Supplier<String> what) {
        if (reportedRefusal != e.code()) {
            LOG.severe(() -> "server refused code=" + e.code() + " message=" + e.message() + ": " + what.get());
        } else {
            LOG.fine(() -> "server refused again code=" + e.code() + ": " + what.get());
        }
        permanentRefusal = e.code();
        reportedRefusal = e.code();
    }

    /** The permanent refusal an earlier connection logged and no ack has cleared since, if any. */
    public Optional<ErrorCode> reportedRefusal() {
        return Optional.ofNullable(reportedRefusal);
    }

    /** Carries {@link #reportedRefusal()} over from the previous connection, so it is not logged SEVERE again. */
    public void alreadyReported(ErrorCode code) {
        reportedRefusal = code;
    }

    /** The codes after which the server closes the session (docs/protocol.md, "Error codes"). */
    static boolean closesConnection(ErrorCode code) {
        return switch (code) {
            case BINARY_FRAME, INVALID_TEXT, JSON_TOO_DEEP, NUMBER_OUT_OF_RANGE, UNSUPPORTED_VERSION,
                    UNKNOWN_BRANCH -> true;
            default -> SyncStatus.isAuthRefusal(code);
        };
    }

    /** A local write committed: push it now if nothing is in flight. */
    public void onLocalWrite() {
        pushNext();
    }

    /** Called every few hundred ms: a reply that does not come means a dead link. */
    public void onTick() {
        long now = clock.getAsLong();
        if (now > welcomeDeadline) {
            drop("no welcome within " + replyTimeoutMs + " ms");
        } else if (now > pullDeadline) {
            drop("no changes within " + replyTimeoutMs + " ms of a pull");
        } else if (now > ackDeadline) {
            drop("no ack within " + replyTimeoutMs + " ms of a push");
        } else if (pushRetryAtMs != 0 && now >= pushRetryAtMs) {
            pushRetryAtMs = 0;
            pushNext();
        }
    }

    private void drop(String reason) {
        if (closed) {
            return;
        }
        closed = true;
        link.drop(reason);
    }

    /** The connection is gone; nothing more is sent. */
    public void close() {
        closed = true;
    }

    public boolean isWelcomed() {
        return welcomed && !closed;
    }

    /** True once pulled and nothing is in flight or left to push. */
    public boolean isIdle() {
        return initialPullDone && inFlightLastSeq == 0 && !pullOutstanding;
    }

    public String lastError() {
        return lastError;
    }

    /** Server clock minus local clock, from the welcome; also stored in terminal_state.server_offset_ms. */
    public long clockOffsetMs() {
        return clockOffsetMs;
    }

    /** The device token the server refused on this connection, if it did. */
    public Optional<ErrorCode> authRefusal() {
        return Optional.ofNullable(authRefusal);
    }

    /**
     * A request of this connection refused with a permanent code (not a token refusal) and
     * not yet followed by an ack: the worker waits long before reconnecting.
     */
    public Optional<ErrorCode> permanentRefusal() {
        return Optional.ofNullable(permanentRefusal);
    }

    /** Present from the welcome until the first pull and push are through. */
    public Optional<Progress> progress() {
        return closed ? Optional.empty() : Optional.ofNullable(progress);
    }

    public OptionalLong lastAckAtMs() {
        return lastAckAtMs < 0 ? OptionalLong.empty() : OptionalLong.of(lastAckAtMs);
    }
}
