package cedarpos.terminal.store;

import static cedarpos.terminal.store.TerminalStore.requireState;

import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.Rejection;
import cedarpos.terminal.store.internal.CatalogMapper;
import cedarpos.terminal.store.internal.ChangeApplier;
import cedarpos.terminal.store.internal.KitchenTickets;
import cedarpos.terminal.store.internal.OutboxMapper;
import cedarpos.terminal.store.internal.ReservationMapper;
import cedarpos.terminal.store.internal.RowMapping;
import cedarpos.terminal.store.internal.Rows.StateRow;
import cedarpos.terminal.store.internal.Rows.TableRow;
import cedarpos.terminal.store.internal.SqliteDatabase;
import cedarpos.terminal.store.internal.StateMapper;
import cedarpos.terminal.store.internal.StockClaims;
import cedarpos.terminal.store.internal.StockMapper;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.apache.ibatis.session.SqlSession;

/**
 * The sync side of the terminal database: the outbox as the server acknowledges
 * it, the change cursor, the catalog snapshot, the server's epoch and clock
 * offset, and the device token. Only the sync worker (and tests) write here.
 */
public final class SyncLog {
    private static final Logger LOG = Logger.getLogger(SyncLog.class.getName());

    private final SqliteDatabase db;
    private final Clock clock;
    private final Consumer<StoreEvent> fire;
    private final CashierCatalog cashier;

    SyncLog(SqliteDatabase db, Clock clock, Consumer<StoreEvent> fire, CashierCatalog cashier) {
        this.cashier = cashier;
        this.db = db;
        this.clock = clock;
        this.fire = fire;
    }

    /** The bearer token for the WebSocket upgrade; empty before enrollment. Never log it. */
    public Optional<String> deviceToken() {
        try (SqlSession s = db.read()) {
            return Optional.ofNullable(s.getMapper(StateMapper.class).deviceToken());
        }
    }

    /**
     * Entries with {@code seq > afterSeq} in ascending order, acked or not: after a
     * server restore the worker must resend entries it had already seen acked.
     * Reads by the seq index, so a catch-up reads each entry once however long the outbox.
     */
    public List<OutboxEntry> pendingAfter(long afterSeq, int limit) {
        try (SqlSession s = db.read()) {
            return s.getMapper(OutboxMapper.class).after(afterSeq, limit).stream().map(RowMapping::entry).toList();
        }
    }

    /** How many entries a push from {@code afterSeq} has to send. */
    public long countAfter(long afterSeq) {
        try (SqlSession s = db.read()) {
            return s.getMapper(OutboxMapper.class).countAfter(afterSeq);
        }
    }

    /** The server committed every entry up to {@code lastAppliedSeq}. */
    public void markAcked(long lastAppliedSeq) {
        markAcked(lastAppliedSeq, List.of());
    }

    /**
     * The server has dealt with every entry up to {@code lastAppliedSeq}: committed it, or, for
     * those in {@code rejected}, refused it for good. Both are recorded in one transaction, so a
     * crash can never leave a refused entry looking acked and applied.
     */
    public void markAcked(long lastAppliedSeq, List<Rejection> rejected) {
        long now = clock.millis();
        int marked;
        int refused = 0;
        try (SqlSession s = db.write()) {
            StateRow st = requireState(s);
            OutboxMapper outbox = s.getMapper(OutboxMapper.class);
            for (Rejection r : rejected) {
                if (r.seq() > lastAppliedSeq) {
                    LOG.severe(() -> "rejection of seq=" + r.seq() + " entry=" + r.entryId()
                            + " above the acked seq=" + lastAppliedSeq + "; ignored");
                    continue;
                }
                int n = outbox.markRejected(r.seq(), r.entryId().toString(), r.code().name(), r.message(), now);
                if (n == 1) {
                    refused++;
                    LOG.severe(() -> "entry refused by the server seq=" + r.seq() + " entry=" + r.entryId()
                            + " code=" + r.code() + " message=" + r.message());
                } else {
                    LOG.warning(() -> "rejection of seq=" + r.seq() + " entry=" + r.entryId()
                            + " matches no entry here not already rejected; ignored");
                }
            }
            marked = outbox.markSynced(lastAppliedSeq, now);
            StateMapper state = s.getMapper(StateMapper.class);
            state.setLastAcked(Math.max(st.lastAckedSeq, lastAppliedSeq));
            state.setLastSync(now);
            s.commit();
        }
        int refusedCount = refused;
        LOG.fine(() -> "acked seq=" + lastAppliedSeq + " entries=" + marked + " rejected=" + refusedCount);
        fire.accept(StoreEvent.SYNC_PROGRESS);
    }

    /** Entries the server refused for good, newest first, at most {@code limit}. */
    public List<RejectedEntry> rejected(int limit) {
        try (SqlSession s = db.read()) {
            return s.getMapper(OutboxMapper.class).rejected(limit).stream()
                    .map(r -> new RejectedEntry(r.seq, java.util.UUID.fromString(r.entryId), r.entity, r.recordId,
                            r.operation, r.createdAtMs, r.rejectedCode, r.rejectedMessage,
                            r.rejectedAtMs == null ? 0 : r.rejectedAtMs))
                    .toList();
        }
    }

    /**
     * The server no longer has entries above {@code lastAppliedSeq} (restored from a
     * backup): they become pending again so they are resent and counted.
     */
    public void markUnackedAfter(long lastAppliedSeq) {
        int reopened;
        try (SqlSession s = db.write()) {
            requireState(s);
            reopened = s.getMapper(OutboxMapper.class).markUnsynced(lastAppliedSeq);
            s.getMapper(StateMapper.class).setLastAcked(lastAppliedSeq);
            s.commit();
        }
        LOG.warning(() -> "server lost acked entries after seq=" + lastAppliedSeq + "; " + reopened
                + " entries pending again");
        fire.accept(StoreEvent.SYNC_PROGRESS);
    }

    /**
     * What the hello reports of the outbox, so a manager sees what has not reached the server: the highest sequence
     * written, and when the oldest entry not yet acked was written (null when none is pending).
     */
    public OutboxReport outboxReport() {
        try (SqlSession s = db.read()) {
            OutboxMapper m = s.getMapper(OutboxMapper.class);
            return new OutboxReport(m.maxSeq(), m.oldestPendingCreatedAt());
        }
    }

    /** See {@link #outboxReport()}. */
    public record OutboxReport(long lastWrittenSeq, Long oldestPendingAtMs) {
    }

    /** Highest sequence ever written to the outbox (0 when empty). */
    public long lastWrittenSeq() {
        try (SqlSession s = db.read()) {
            return s.getMapper(OutboxMapper.class).maxSeq();
        }
    }

    /** Replaces the menu and floor plan with the server's snapshot. */
    public void applyCatalog(Catalog catalog) {
        boolean same;
        try (SqlSession s = db.write()) {
            requireState(s);
            CatalogMapper m = s.getMapper(CatalogMapper.class);
            boolean sameMenu = new java.util.HashSet<>(m.menu().stream().map(RowMapping::menuItem).toList())
                    .equals(new java.util.HashSet<>(catalog.menu()));
            m.deleteMenu();
            for (MenuItem item : catalog.menu()) {
                m.insertItem(RowMapping.menuRow(item));
            }
            // a table keeps its status register: a new floor plan does not clear the room
            java.util.Map<String, TableRow> before = new java.util.HashMap<>();
            m.tables().forEach(t -> before.put(t.id, t));
            boolean sameTables = new java.util.HashSet<>(before.values().stream().map(RowMapping::table).toList())
                    .equals(new java.util.HashSet<>(catalog.tables()));
            m.deleteTables();
            for (DiningTable t : catalog.tables()) {
                TableRow row = RowMapping.tableRow(t);
                TableRow old = before.get(row.id);
                if (old != null) {
                    row.status = old.status;
                    row.statusJson = old.statusJson;
                }
                m.insertTable(row);
            }
            s.getMapper(StateMapper.class).setCatalog(catalog.version(), catalog.branchName(),
                    catalog.currency().name());
            new StockClaims(s).catalog(catalog.stock(), catalog.recipes(), clock.millis());
            boolean sameCashier = !cashier.save(s, catalog);
            KitchenTickets.saveSetup(s, catalog.version(), catalog.printing());
            same = sameMenu && sameTables && sameCashier;
            s.commit();
        }
        cashier.invalidate();
        LOG.info(() -> "catalog applied version=" + catalog.version() + " items=" + catalog.menu().size()
                + " tables=" + catalog.tables().size() + " stockItems=" + catalog.stock().size() + " recipes="
                + catalog.recipes().size() + (same ? " (menu, floor plan and cashier settings unchanged)" : ""));
        // every reconnection brings the catalog again: the screens rebuild only when what they show changed; the
        // snapshot's stock balances are news like any change from the server
        fire.accept(same ? StoreEvent.REMOTE_CHANGES : StoreEvent.CATALOG);
    }

    /**
     * Applies branch change records in seq order in one transaction. On a gap
     * (first new seq above cursor + 1) nothing is applied, so that a pull from the
     * unchanged cursor fetches the missing records and these again.
     */
    public ApplyResult applyChanges(Changes changes) {
        ApplyResult result;
        try (SqlSession s = db.write()) {
            StateRow st = requireState(s);
            result = ChangeApplier.apply(s, st.changeCursor, java.util.UUID.fromString(st.terminalId),
                    clock.millis(), changes.records());
            if (result.applied() > 0) {
                s.getMapper(StateMapper.class).setCursor(result.cursor());
                s.commit();
            }
        }
        if (result.applied() > 0) {
            LOG.fine(() -> "changes applied records=" + result.applied() + " cursor=" + result.cursor());
            fire.accept(StoreEvent.REMOTE_CHANGES);
        }
        return result;
    }

    /**
     * Records what a welcome said about the server, in one transaction. A different
     * epoch than the one stored means the server database was replaced (restored from
     * an older backup): its change log lost whatever came after the backup, so the
     * cursor goes back to {@code min(cursor, branchHead)} (docs/protocol.md, "Epoch").
     *
     * @param serverOffsetMs server clock minus local clock, for the merge rules
     * @return true when the epoch changed from a previously known one
     */
    public boolean recordWelcome(String epoch, long branchHead, long serverOffsetMs) {
        boolean changed;
        try (SqlSession s = db.write()) {
            StateRow st = requireState(s);
            changed = st.serverEpoch != null && !st.serverEpoch.equals(epoch);
            StateMapper state = s.getMapper(StateMapper.class);
            state.setEpoch(epoch);
            state.setServerOffset(serverOffsetMs);
            long rewound = Math.min(st.changeCursor, Math.max(0, branchHead));
            if (changed && rewound != st.changeCursor) {
                state.setCursor(rewound);
            }
            if (changed) {
                // the restored server counts balances and decisions from where its backup stood
                s.getMapper(StockMapper.class).forgetVersions();
                s.getMapper(ReservationMapper.class).forgetVersions();
            }
            s.commit();
            if (changed) {
                LOG.warning(() -> "server epoch changed from=" + st.serverEpoch + " to=" + epoch + " head="
                        + branchHead + "; change cursor " + st.changeCursor + " -> " + rewound);
            }
        }
        return changed;
    }

    /** Moves the change cursor back, e.g. when the server's branch head is below it. */
    public void rewindCursor(long cursor) {
        try (SqlSession s = db.write()) {
            requireState(s);
            s.getMapper(StateMapper.class).setCursor(cursor);
            s.commit();
        }
    }

    /** Records a completed sync round (everything pulled and pushed). */
    public void markSynced(long nowMs) {
        try (SqlSession s = db.write()) {
            requireState(s);
            s.getMapper(StateMapper.class).setLastSync(nowMs);
            s.commit();
        }
        fire.accept(StoreEvent.SYNC_PROGRESS);
    }
}
