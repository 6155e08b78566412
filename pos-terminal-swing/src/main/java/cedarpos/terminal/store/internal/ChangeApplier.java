package cedarpos.terminal.store.internal;

import cedarpos.domain.OrderSnapshot;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.OrderJson;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.terminal.store.ApplyResult;
import cedarpos.terminal.store.internal.Rows.LineRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.ibatis.session.SqlSession;

/** Writes branch change records into an open transaction; the caller moves the cursor and commits. */
public final class ChangeApplier {
    private static final Logger LOG = Logger.getLogger(ChangeApplier.class.getName());

    private ChangeApplier() {
    }

    public static ApplyResult apply(SqlSession s, long cursor, List<ChangeRecord> records) {
        List<ChangeRecord> fresh = new ArrayList<>(records.stream().filter(r -> r.seq() > cursor).toList());
        fresh.sort(Comparator.comparingLong(ChangeRecord::seq));
        if (fresh.isEmpty()) {
            return new ApplyResult(0, 0, cursor, false);
        }
        if (fresh.get(0).seq() > cursor + 1) {
            long first = fresh.get(0).seq();
            LOG.info(() -> "change gap cursor=" + cursor + " firstSeq=" + first + "; pulling");
            return new ApplyResult(0, 0, cursor, true);
        }
        OrderMapper orders = s.getMapper(OrderMapper.class);
        OutboxMapper outbox = s.getMapper(OutboxMapper.class);
        int applied = 0;
        int keptLocal = 0;
        long last = cursor;
        for (ChangeRecord r : fresh) {
            if (!OrderJson.ENTITY.equals(r.entity())) {
                LOG.info(() -> "change skipped seq=" + r.seq() + " entity=" + r.entity() + " (unknown entity)");
            } else if (outbox.pendingFor(r.recordId()) > 0) {
                // our own un-acked write is newer; the reconciled copy comes again after the push
                keptLocal++;
            } else {
                upsertSynced(orders, r);
            }
            applied++;
            last = r.seq();
        }
        return new ApplyResult(applied, keptLocal, last, false);
    }

    private static void upsertSynced(OrderMapper orders, ChangeRecord r) {
        OrderSnapshot order;
        try {
            order = OrderJson.decode(r.payload());
        } catch (ProtocolException e) {
            // a record we cannot read must not stop the branch log; it is logged for IT to chase
            LOG.log(Level.SEVERE, "change unreadable seq=" + r.seq() + " record=" + r.recordId() + ": "
                    + e.getMessage());
            return;
        }
        orders.upsertSyncedOrder(RowMapping.orderRow(order, "synced", 0));
        for (LineRow line : RowMapping.lineRows(order, "synced", 0)) {
            orders.upsertSyncedLine(line);
        }
    }
}
