package cedarpos.terminal.store;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderSnapshot;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.OrderJson;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.terminal.store.internal.CatalogMapper;
import cedarpos.terminal.store.internal.ChangeApplier;
import cedarpos.terminal.store.internal.OrderMapper;
import cedarpos.terminal.store.internal.OutboxMapper;
import cedarpos.terminal.store.internal.RowMapping;
import cedarpos.terminal.store.internal.Rows.LineRow;
import cedarpos.terminal.store.internal.Rows.MenuRow;
import cedarpos.terminal.store.internal.Rows.OrderRow;
import cedarpos.terminal.store.internal.Rows.OutboxRow;
import cedarpos.terminal.store.internal.Rows.StateRow;
import cedarpos.terminal.store.internal.SqliteDatabase;
import cedarpos.terminal.store.internal.StateMapper;
import cedarpos.terminal.support.Logging;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.ibatis.session.SqlSession;

/**
 * The terminal's complete local database. Every local write is one SQLite
 * transaction that writes the rows and appends the outbox entry carrying them to
 * the server, so the two can never disagree. Safe to call from any thread but the
 * EDT; listeners are called on the writing thread after the commit.
 */
public final class TerminalStore implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TerminalStore.class.getName());
    static final String PENDING = "pending";

    private final SqliteDatabase db;
    private final Clock clock;
    private final List<Consumer<StoreEvent>> listeners = new CopyOnWriteArrayList<>();

    private TerminalStore(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Opens (creating and migrating if needed) {@code <dataDir>/terminal.db}. */
    public static TerminalStore open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    public static TerminalStore open(Path dataDir, Clock clock) {
        Logging.quietLibraries();
        SqliteDatabase db = SqliteDatabase.open(dataDir);
        LOG.info(() -> "store opened file=" + db.file());
        return new TerminalStore(db, clock);
    }

    /**
     * Gives this database its identity on first open; later opens return the stored
     * one (renaming the terminal if the name changed).
     *
     * @throws IllegalStateException when the database belongs to another branch
     */
    public TerminalState initIdentity(BranchId branch, String terminalName) {
        if (branch == null) {
            throw new IllegalArgumentException("branch id is required");
        }
        if (terminalName == null || terminalName.isBlank()) {
            throw new IllegalArgumentException("terminal name is required");
        }
        try (SqlSession s = db.write()) {
            StateMapper state = s.getMapper(StateMapper.class);
            StateRow row = state.find();
            if (row == null) {
                TerminalId id = TerminalId.random();
                state.insert(id.toString(), branch.toString(), terminalName);
                LOG.info(() -> "terminal identity created terminal=" + id + " branch=" + branch);
            } else if (!row.branchId.equals(branch.toString())) {
                throw new IllegalStateException("this terminal database (" + db.file() + ") belongs to branch "
                        + row.branchId + ", not " + branch + "; use another data directory for another branch");
            } else if (!row.terminalName.equals(terminalName)) {
                state.rename(terminalName);
            }
            s.commit();
        }
        return state();
    }

    /** @throws IllegalStateException before {@link #initIdentity} */
    public TerminalState state() {
        try (SqlSession s = db.read()) {
            return toState(requireState(s));
        }
    }

    public TerminalId terminalId() {
        return state().terminalId();
    }

    /**
     * Places an order priced from the local menu, status SENT, and queues it for the
     * server, all in one transaction.
     *
     * @param table null for a take-away / counter order
     * @throws IllegalArgumentException for an empty order, unknown item or table, or a bad quantity; nothing is written
     */
    public OrderSnapshot placeOrder(TableId table, List<NewLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        OrderSnapshot order;
        long seq;
        try (SqlSession s = db.write()) {
            StateRow st = requireState(s);
            CatalogMapper catalog = s.getMapper(CatalogMapper.class);
            if (table != null && catalog.tableExists(table.toString()) == 0) {
                throw new IllegalArgumentException("unknown table " + table);
            }
            List<OrderLine> orderLines = new ArrayList<>();
            Currency currency = null;
            for (NewLine line : lines) {
                MenuRow item = catalog.item(line.item().toString());
                if (item == null) {
                    throw new IllegalArgumentException("unknown menu item " + line.item());
                }
                MenuItem menuItem = RowMapping.menuItem(item);
                if (currency == null) {
                    currency = menuItem.price().currency();
                }
                orderLines.add(new OrderLine(OrderLineId.random(), menuItem.id(), menuItem.nameEn(), line.quantity(),
                        menuItem.price()));
            }
            long now = clock.millis();
            order = new OrderSnapshot(OrderId.random(), BranchId.parse(st.branchId), table,
                    TerminalId.parse(st.terminalId), OrderStatus.SENT, currency, now, orderLines);

            OrderMapper orders = s.getMapper(OrderMapper.class);
            orders.insertOrder(RowMapping.orderRow(order, PENDING, 1));
            for (LineRow row : RowMapping.lineRows(order, PENDING, 1)) {
                orders.insertLine(row);
            }
            seq = st.nextSeq;
            if (s.getMapper(StateMapper.class).advanceSeq(seq) != 1) {
                throw new IllegalStateException("outbox sequence moved during the transaction");
            }
            s.getMapper(OutboxMapper.class).insert(outboxRow(st.terminalId, seq, order, now));
            s.commit();
        }
        long takenSeq = seq;
        LOG.info(() -> "order placed order=" + order.id() + " seq=" + takenSeq + " lines=" + order.lines().size()
                + " total=" + order.total().display() + " table=" + order.tableId());
        fire(StoreEvent.LOCAL_WRITE);
        return order;
    }

    private static OutboxRow outboxRow(String terminalId, long seq, OrderSnapshot order, long now) {
        OutboxRow row = new OutboxRow();
        row.entryId = UUID.randomUUID().toString();
        row.terminalId = terminalId;
        row.seq = seq;
        row.entity = OrderJson.ENTITY;
        row.recordId = order.id().toString();
        row.operation = OrderJson.PLACE;
        row.payload = OrderJson.encode(order).toString();
        row.eventTimeMs = now;
        row.createdAtMs = now;
        return row;
    }

    /** Every order, newest first. */
    public List<OrderSnapshot> orders() {
        try (SqlSession s = db.read()) {
            OrderMapper m = s.getMapper(OrderMapper.class);
            Map<String, List<LineRow>> lines = new LinkedHashMap<>();
            for (LineRow l : m.allLines()) {
                lines.computeIfAbsent(l.orderId, k -> new ArrayList<>()).add(l);
            }
            List<OrderSnapshot> result = new ArrayList<>();
            for (OrderRow o : m.orders()) {
                result.add(RowMapping.order(o, lines.getOrDefault(o.id, List.of())));
            }
            return result;
        }
    }

    public Optional<OrderSnapshot> order(OrderId id) {
        try (SqlSession s = db.read()) {
            OrderMapper m = s.getMapper(OrderMapper.class);
            OrderRow row = m.order(id.toString());
            return row == null ? Optional.empty() : Optional.of(RowMapping.order(row, m.lines(row.id)));
        }
    }

    /** The local menu in display order (sort order, then English name). */
    public List<MenuItem> menu() {
        try (SqlSession s = db.read()) {
            return s.getMapper(CatalogMapper.class).menu().stream().map(RowMapping::menuItem).toList();
        }
    }

    public List<DiningTable> tables() {
        try (SqlSession s = db.read()) {
            return s.getMapper(CatalogMapper.class).tables().stream().map(RowMapping::table).toList();
        }
    }

    /** Outbox entries the server has not acked yet. */
    public long pendingCount() {
        try (SqlSession s = db.read()) {
            return s.getMapper(OutboxMapper.class).pendingCount();
        }
    }

    public OptionalLong oldestPendingCreatedAtMs() {
        try (SqlSession s = db.read()) {
            Long oldest = s.getMapper(OutboxMapper.class).oldestPendingCreatedAt();
            return oldest == null ? OptionalLong.empty() : OptionalLong.of(oldest);
        }
    }

    /**
     * Entries with {@code seq > afterSeq} in ascending order, acked or not: after a
     * server restore the worker must resend entries it had already seen acked.
     */
    public List<OutboxEntry> pendingAfter(long afterSeq, int limit) {
        try (SqlSession s = db.read()) {
            return s.getMapper(OutboxMapper.class).after(afterSeq, limit).stream().map(RowMapping::entry).toList();
        }
    }

    /** The server committed every entry up to {@code lastAppliedSeq}. */
    public void markAcked(long lastAppliedSeq) {
        long now = clock.millis();
        int marked;
        try (SqlSession s = db.write()) {
            StateRow st = requireState(s);
            marked = s.getMapper(OutboxMapper.class).markSynced(lastAppliedSeq, now);
            StateMapper state = s.getMapper(StateMapper.class);
            state.setLastAcked(Math.max(st.lastAckedSeq, lastAppliedSeq));
            state.setLastSync(now);
            s.commit();
        }
        LOG.fine(() -> "acked seq=" + lastAppliedSeq + " entries=" + marked);
        fire(StoreEvent.SYNC_PROGRESS);
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
        fire(StoreEvent.SYNC_PROGRESS);
    }

    /** Highest sequence ever written to the outbox (0 when empty). */
    public long lastWrittenSeq() {
        try (SqlSession s = db.read()) {
            return s.getMapper(OutboxMapper.class).maxSeq();
        }
    }

    /** Replaces the menu and floor plan with the server's snapshot. */
    public void applyCatalog(Catalog catalog) {
        try (SqlSession s = db.write()) {
            requireState(s);
            CatalogMapper m = s.getMapper(CatalogMapper.class);
            m.deleteMenu();
            for (MenuItem item : catalog.menu()) {
                m.insertItem(RowMapping.menuRow(item));
            }
            m.deleteTables();
            for (DiningTable t : catalog.tables()) {
                m.insertTable(RowMapping.tableRow(t));
            }
            s.getMapper(StateMapper.class).setCatalog(catalog.version(), catalog.branchName(),
                    catalog.currency().name());
            s.commit();
        }
        LOG.info(() -> "catalog applied version=" + catalog.version() + " items=" + catalog.menu().size()
                + " tables=" + catalog.tables().size());
        fire(StoreEvent.CATALOG);
    }

    /**
     * Applies branch change records in seq order in one transaction. On a gap
     * (first new seq above cursor + 1) nothing is applied, so that a pull from the
     * unchanged cursor fetches the missing records and these again.
     */
    public ApplyResult applyChanges(Changes changes) {
        ApplyResult result;
        try (SqlSession s = db.write()) {
            result = ChangeApplier.apply(s, requireState(s).changeCursor, changes.records());
            if (result.applied() > 0) {
                s.getMapper(StateMapper.class).setCursor(result.cursor());
                s.commit();
            }
        }
        if (result.applied() > 0) {
            LOG.fine(() -> "changes applied records=" + result.applied() + " cursor=" + result.cursor());
            fire(StoreEvent.REMOTE_CHANGES);
        }
        return result;
    }

    /**
     * Stores the server's epoch. A different epoch than the one stored means the
     * server database was replaced: its change log restarted, so the cursor goes back to 0.
     *
     * @return true when the epoch changed from a previously known one
     */
    public boolean recordServerEpoch(String epoch) {
        boolean changed;
        try (SqlSession s = db.write()) {
            StateRow st = requireState(s);
            changed = st.serverEpoch != null && !st.serverEpoch.equals(epoch);
            StateMapper state = s.getMapper(StateMapper.class);
            state.setEpoch(epoch);
            if (changed) {
                state.setCursor(0);
            }
            s.commit();
            if (changed) {
                LOG.warning(() -> "server epoch changed from=" + st.serverEpoch + " to=" + epoch
                        + "; change cursor reset to 0");
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
        fire(StoreEvent.SYNC_PROGRESS);
    }

    public void addListener(Consumer<StoreEvent> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<StoreEvent> listener) {
        listeners.remove(listener);
    }

    public Path file() {
        return db.file();
    }

    @Override
    public void close() {
        db.close();
        LOG.info(() -> "store closed file=" + db.file());
    }

    private void fire(StoreEvent event) {
        for (Consumer<StoreEvent> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "store listener failed on " + event, e);
            }
        }
    }

    private static StateRow requireState(SqlSession s) {
        StateRow row = s.getMapper(StateMapper.class).find();
        if (row == null) {
            throw new IllegalStateException("terminal identity not initialised; call initIdentity first");
        }
        return row;
    }

    private static TerminalState toState(StateRow r) {
        return new TerminalState(TerminalId.parse(r.terminalId), BranchId.parse(r.branchId), r.terminalName,
                r.nextSeq, r.lastAckedSeq, r.changeCursor, r.serverEpoch, r.catalogVersion, r.branchName,
                r.currency == null ? null : Currency.parse(r.currency),
                r.lastSyncAtMs == null ? OptionalLong.empty() : OptionalLong.of(r.lastSyncAtMs));
    }

    /** Looks up one menu item, for callers that price a draft order before placing it. */
    public Optional<MenuItem> menuItem(MenuItemId id) {
        try (SqlSession s = db.read()) {
            MenuRow row = s.getMapper(CatalogMapper.class).item(id.toString());
            return row == null ? Optional.empty() : Optional.of(RowMapping.menuItem(row));
        }
    }
}
