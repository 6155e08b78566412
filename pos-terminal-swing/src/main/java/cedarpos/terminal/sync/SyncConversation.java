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
import cedarpos.terminal.store.TerminalState;
import cedarpos.terminal.store.TerminalStore;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * The terminal's side of one connection, as docs/protocol.md describes it:
 * hello, welcome (reconcile acks), catalog, pull until the cursor reaches the
 * head, then push the outbox batch by batch, then live changes and prompt pushes.
 *
 * <p>Not thread-safe: the worker calls it from its single sync thread. It knows
 * nothing of sockets, so tests feed it messages and read what it sends.
 */
public final class SyncConversation {
    private static final Logger LOG = Logger.getLogger(SyncConversation.class.getName());
    static final int PULL_LIMIT = 1000;

    /** The connection as the conversation sees it. */
    public interface Link {
        void send(Message message);

        /** Close the connection; the worker reconnects. */
        void drop(String reason);
    }

    private final TerminalStore store;
    private final Link link;
    private final LongSupplier clock;
    private final int batchSize;
    private final long replyTimeoutMs;

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
    private long clockOffsetMs;
    private String lastError;

    public SyncConversation(TerminalStore store, Link link, LongSupplier clock, int batchSize, long replyTimeoutMs) {
        if (batchSize < 1 || batchSize > ProtocolCodec.MAX_BATCH_ENTRIES) {
            throw new IllegalArgumentException("batch size must be 1.." + ProtocolCodec.MAX_BATCH_ENTRIES);
        }
        this.store = store;
        this.link = link;
        this.clock = clock;
        this.batchSize = batchSize;
        this.replyTimeoutMs = replyTimeoutMs;
    }

    /** The socket is open: introduce ourselves. */
    public void open() {
        TerminalState st = store.state();
        link.send(new Hello(ProtocolCodec.VERSION, st.terminalId(), st.branchId(), st.name(), st.lastAckedSeq(),
                st.cursor(), clock.getAsLong()));
        welcomeDeadline = clock.getAsLong() + replyTimeoutMs;
        LOG.info(() -> "hello sent terminal=" + st.terminalId() + " branch=" + st.branchId() + " lastAcked="
                + st.lastAckedSeq() + " cursor=" + st.cursor());
    }

    public void onFrame(String text) {
        Message m;
        try {
            m = ProtocolCodec.decode(text);
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
            store.applyCatalog(c);
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
        clockOffsetMs = w.serverTimeMs() - clock.getAsLong();
        store.recordServerEpoch(w.serverEpoch());
        TerminalState st = store.state();
        long applied = w.lastAppliedSeq();
        long written = store.lastWrittenSeq();
        if (applied > written) {
            // pushing now would let the server skip new entries under sequence numbers it already has
            pushBlocked = true;
            lastError = "server has applied sequence " + applied + " but this terminal only wrote " + written
                    + "; was its database restored from an older copy?";
            LOG.severe(() -> "push blocked terminal=" + st.terminalId() + ": " + lastError);
        } else if (applied > st.lastAckedSeq()) {
            LOG.info(() -> "welcome acks lost in transit up to seq=" + applied);
            store.markAcked(applied);
        } else if (applied < st.lastAckedSeq()) {
            store.markUnackedAfter(applied);
        }
        serverApplied = applied;
        if (st.cursor() > w.branchHead()) {
            LOG.warning(() -> "cursor " + st.cursor() + " is above the branch head " + w.branchHead()
                    + "; rewinding");
            store.rewindCursor(w.branchHead());
        }
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
        ApplyResult r = store.applyChanges(c);
        if (r.gap()) {
            if (!pullOutstanding) {
                sendPull();
            }
            return;
        }
        if (!pullOutstanding) {
            return;
        }
        if (r.cursor() >= c.head() || c.records().isEmpty()) {
            pullOutstanding = false;
            pullDeadline = Long.MAX_VALUE;
            if (!initialPullDone) {
                initialPullDone = true;
                LOG.info(() -> "pulled up to cursor=" + r.cursor());
                pushNext();
            }
        } else {
            sendPull();
        }
    }

    /** Sends the next batch if the link is free; records a completed round when the outbox is drained. */
    private void pushNext() {
        if (!initialPullDone || inFlightLastSeq != 0 || pushBlocked || closed) {
            return;
        }
        List<OutboxEntry> batch = store.pendingAfter(serverApplied, batchSize);
        if (batch.isEmpty()) {
            store.markSynced(clock.getAsLong());
            return;
        }
        inFlightLastSeq = batch.get(batch.size() - 1).seq();
        ackDeadline = clock.getAsLong() + replyTimeoutMs;
        link.send(new Push(batch));
        LOG.fine(() -> "push sent from=" + batch.get(0).seq() + " to=" + inFlightLastSeq);
    }

    private void onAck(Ack a) {
        long acked = a.lastAppliedSeq();
        if (acked > store.lastWrittenSeq()) {
            LOG.severe(() -> "ack for seq=" + acked + " beyond anything written; ignored");
            return;
        }
        store.markAcked(acked);
        serverApplied = Math.max(serverApplied, acked);
        if (acked < inFlightLastSeq) {
            LOG.warning(() -> "ack " + acked + " below the batch end " + inFlightLastSeq + "; resending the rest");
        }
        inFlightLastSeq = 0;
        ackDeadline = Long.MAX_VALUE;
        lastError = null;
        LOG.info(() -> "ack lastApplied=" + acked + " pending=" + store.pendingCount());
        pushNext();
    }

    private void onError(ErrorMessage e) {
        lastError = e.code() + ": " + e.message();
        LOG.warning(() -> "server error code=" + e.code() + " message=" + e.message());
        if (e.code() == ErrorCode.SEQUENCE_GAP) {
            drop("sequence gap: reconnecting so the welcome tells us where the server is");
        } else if (inFlightLastSeq != 0 || pullOutstanding || !welcomed) {
            // the request we wait for was refused; a fresh connection retries it after the backoff
            drop("request refused with " + e.code());
        }
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

    public long clockOffsetMs() {
        return clockOffsetMs;
    }
}
