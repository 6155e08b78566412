package cedarpos.terminal.store;

import static cedarpos.terminal.store.TerminalStore.requireState;

import cedarpos.domain.merge.Stamp;
import cedarpos.terminal.store.internal.OutboxMapper;
import cedarpos.terminal.store.internal.Rows.OutboxRow;
import cedarpos.terminal.store.internal.Rows.StateRow;
import cedarpos.terminal.store.internal.SqliteDatabase;
import cedarpos.terminal.store.internal.StateMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.apache.ibatis.session.SqlSession;

/**
 * The one shape of every local write: a single SQLite transaction that takes the
 * next outbox seq, stamps the change with server-clock time (local clock plus the
 * offset measured at the last welcome), lets the body join it into the stored
 * state, and appends the outbox entry carrying the delta. A body that throws
 * leaves nothing behind, seq included.
 */
final class LocalWrites {
    private static final Logger LOG = Logger.getLogger(LocalWrites.class.getName());

    /**
     * What a body sees: its session, the terminal row, the stamp of its change and the local time; and where it can
     * add entries that must commit with its own (an audit event), which take the next seqs.
     */
    record Ctx(SqlSession session, StateRow state, Stamp stamp, long nowMs, List<Entry<?>> also) {
        UUID terminal() {
            return stamp.origin();
        }

        void alsoAppend(String entity, String recordId, String operation, String payload) {
            also.add(new Entry<>(entity, recordId, operation, payload, null));
        }
    }

    /** The outbox entry a body produced (its payload as JSON text), and what the caller gets back. */
    record Entry<T>(String entity, String recordId, String operation, String payload, T result) {
    }

    @FunctionalInterface
    interface Body<T> {
        Entry<T> run(Ctx ctx);
    }

    private final SqliteDatabase db;
    private final Clock clock;
    private final Runnable written;

    LocalWrites(SqliteDatabase db, Clock clock, Runnable written) {
        this.db = db;
        this.clock = clock;
        this.written = written;
    }

    <T> T write(Body<T> body) {
        Entry<T> e;
        Stamp stamp;
        try (SqlSession s = db.write()) {
            StateRow st = requireState(s);
            long now = clock.millis();
            stamp = new Stamp(Math.max(0, now + st.serverOffsetMs), UUID.fromString(st.terminalId), st.nextSeq);
            List<Entry<?>> also = new ArrayList<>();
            e = body.run(new Ctx(s, st, stamp, now, also));
            long seq = st.nextSeq;
            append(s, st, seq, e, stamp.atMs(), now);
            for (Entry<?> extra : also) {
                append(s, st, ++seq, extra, stamp.atMs(), now);
            }
            s.commit();
        }
        Entry<T> done = e;
        LOG.info(() -> "local write entity=" + done.entity() + " op=" + done.operation() + " record="
                + done.recordId() + " seq=" + stamp.seq() + " atMs=" + stamp.atMs());
        written.run();
        return e.result();
    }

    private static void append(SqlSession s, StateRow st, long seq, Entry<?> e, long eventTimeMs, long now) {
        if (s.getMapper(StateMapper.class).advanceSeq(seq) != 1) {
            throw new IllegalStateException("outbox sequence moved during the transaction");
        }
        OutboxRow row = new OutboxRow();
        row.entryId = UUID.randomUUID().toString();
        row.terminalId = st.terminalId;
        row.seq = seq;
        row.entity = e.entity();
        row.recordId = e.recordId();
        row.operation = e.operation();
        row.payload = e.payload();
        row.eventTimeMs = eventTimeMs;
        row.createdAtMs = now;
        s.getMapper(OutboxMapper.class).insert(row);
    }
}
