package cedarpos.terminal.store.internal;

import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.StockAdjustment;
import cedarpos.domain.merge.TableState;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.StockAdjustmentJson;
import cedarpos.protocol.v1.StockJson;
import cedarpos.protocol.v1.TableStateJson;
import cedarpos.terminal.store.ApplyResult;
import cedarpos.terminal.store.internal.Rows.TableRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.ibatis.session.SqlSession;

/**
 * Merges branch change records into an open transaction; the caller moves the
 * cursor and commits. A record is never skipped for being older or for local
 * changes still pending: joining is commutative and idempotent, so local :=
 * local join pulled keeps both, and a record applied twice changes nothing.
 */
public final class ChangeApplier {
    private static final Logger LOG = Logger.getLogger(ChangeApplier.class.getName());

    private ChangeApplier() {
    }

    /**
     * @param terminal this terminal (a void of a line it sent queues a VOID ticket)
     */
    public static ApplyResult apply(SqlSession s, long cursor, UUID terminal, long nowMs, List<ChangeRecord> records) {
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
        OutboxMapper outbox = s.getMapper(OutboxMapper.class);
        StockClaims claims = new StockClaims(s);
        int applied = 0;
        int overPending = 0;
        long last = cursor;
        for (ChangeRecord r : fresh) {
            try {
                boolean pending = outbox.pendingFor(r.recordId()) > 0;
                String syncStatus = pending ? OrderRepository.PENDING : OrderRepository.SYNCED;
                switch (r.entity()) {
                    case Operations.ORDER -> applyOrder(s, r, syncStatus, terminal, nowMs, claims);
                    case Operations.TABLE -> applyTable(s, r, syncStatus);
                    case Operations.STOCK -> FloorRepository.insertAdjustment(s,
                            StockAdjustmentJson.decode(r.payload()));
                    case Operations.RESERVATION -> claims.decide(StockJson.decodeReservation(r.payload()), terminal,
                            nowMs);
                    case Operations.STOCK_LEVEL -> claims.balance(StockJson.decodeBalance(r.payload()), nowMs);
                    default -> LOG.info(() -> "change skipped seq=" + r.seq() + " entity=" + r.entity()
                            + " (unknown entity)");
                }
                if (pending) {
                    overPending++;
                }
            } catch (ProtocolException | IllegalArgumentException e) {
                // a record we cannot read must not stop the branch log; it is logged for IT to chase
                LOG.log(Level.SEVERE, "change unreadable seq=" + r.seq() + " entity=" + r.entity() + " record="
                        + r.recordId() + ": " + e.getMessage());
            }
            applied++;
            last = r.seq();
        }
        return new ApplyResult(applied, overPending, last, false);
    }

    private static void applyOrder(SqlSession s, ChangeRecord r, String syncStatus, UUID terminal, long nowMs,
                                   StockClaims claims) throws ProtocolException {
        // our own change coming back (or a record seen before) is usually the very text stored here: comparing
        // the text first spares decoding both sides and joining them for nothing
        String stored = s.getMapper(OrderMapper.class).stateJson(r.recordId());
        if (stored != null && stored.equals(r.payload().toString())) {
            return;
        }
        OrderState pulled = OrderStateJson.decode(r.payload());
        OrderState local = pulled.id().toString().equals(r.recordId())
                ? stored == null ? null : OrderRepository.decode(stored)
                : OrderRepository.load(s, pulled.id());
        OrderState joined = local == null ? pulled : local.join(pulled);
        if (joined.equals(local)) {
            return; // our own change coming back, or a record seen before: nothing new
        }
        MergedOrder m = OrderRepository.save(s, joined, null, syncStatus, false);
        if (m == null) {
            LOG.warning(() -> "change seq=" + r.seq() + " order=" + pulled.id() + " has no opening yet; not shown");
            return;
        }
        new KitchenTickets(s, nowMs).voided(joined, m, terminal, null);
        claims.refresh(m, null, nowMs);
    }

    private static void applyTable(SqlSession s, ChangeRecord r, String syncStatus) throws ProtocolException {
        TableState pulled = TableStateJson.decode(r.payload());
        TableRow row = s.getMapper(TableMapper.class).table(pulled.id().toString());
        if (row == null) {
            LOG.warning(() -> "change seq=" + r.seq() + " table=" + pulled.id() + " is not on the floor plan; skipped");
            return;
        }
        FloorRepository.saveTable(s, row, pulled, syncStatus, false);
    }
}
