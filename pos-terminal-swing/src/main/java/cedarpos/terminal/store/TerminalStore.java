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
import cedarpos.protocol.v1.OrderJson;
import cedarpos.terminal.store.internal.CatalogMapper;
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
    private final SyncLog syncLog;

    private TerminalStore(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.syncLog = new SyncLog(db, clock, this::fire);
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
     * Stores the identity the server gave this terminal at enrollment, token included, in one
     * transaction. A database that already has an identity keeps its terminal id (its outbox
     * entries carry it); it may move to another branch only while its outbox is empty.
     *
     * @throws IllegalArgumentException for a missing field; nothing is written
     * @throws IllegalStateException when the database belongs to another terminal, or to another
     *                               branch with entries already written; nothing is written
     */
    public TerminalState enroll(TerminalId terminal, BranchId branch, String branchName, String terminalName,
                                String deviceToken) {
        if (terminal == null || branch == null) {
            throw new IllegalArgumentException("terminal and branch ids are required");
        }
        requireText(branchName, "branch name");
        requireText(terminalName, "terminal name");
        requireText(deviceToken, "device token");
        try (SqlSession s = db.write()) {
            StateMapper state = s.getMapper(StateMapper.class);
            StateRow row = state.find();
            if (row == null) {
                state.insert(terminal.toString(), branch.toString(), terminalName, branchName, deviceToken);
            } else {
                if (!row.terminalId.equals(terminal.toString())) {
                    throw new IllegalStateException("this terminal database (" + db.file() + ") belongs to terminal "
                            + row.terminalId + ", not " + terminal);
                }
                boolean otherBranch = !row.branchId.equals(branch.toString());
                if (otherBranch && s.getMapper(OutboxMapper.class).count() > 0) {
                    throw new IllegalStateException("this terminal database (" + db.file() + ") holds sales of branch "
                            + row.branchId + "; use another data directory for branch " + branch);
                }
                state.enroll(branch.toString(), terminalName, branchName, deviceToken);
                if (otherBranch) {
                    state.restartSync();
                }
            }
            s.commit();
        }
        LOG.info(() -> "terminal enrolled terminal=" + terminal + " branch=" + branch + " name=\"" + terminalName
                + "\"");
        return state();
    }

    /** The terminal's name as the server will see it in the next hello. */
    public void rename(String terminalName) {
        requireText(terminalName, "terminal name");
        try (SqlSession s = db.write()) {
            requireState(s);
            s.getMapper(StateMapper.class).rename(terminalName);
            s.commit();
        }
    }

    /** Empty before enrollment. */
    public Optional<TerminalState> findState() {
        try (SqlSession s = db.read()) {
            StateRow row = s.getMapper(StateMapper.class).find();
            return row == null ? Optional.empty() : Optional.of(toState(row));
        }
    }

    /** @throws IllegalStateException before {@link #enroll} */
    public TerminalState state() {
        try (SqlSession s = db.read()) {
            return toState(requireState(s));
        }
    }

    public TerminalId terminalId() {
        return state().terminalId();
    }

    /** What the sync worker reads and writes: outbox progress, cursor, catalog, server epoch. */
    public SyncLog syncLog() {
        return syncLog;
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

    void fire(StoreEvent event) {
        for (Consumer<StoreEvent> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "store listener failed on " + event, e);
            }
        }
    }

    static StateRow requireState(SqlSession s) {
        StateRow row = s.getMapper(StateMapper.class).find();
        if (row == null) {
            throw new IllegalStateException("this terminal is not enrolled yet: its database has no identity");
        }
        return row;
    }

    private static TerminalState toState(StateRow r) {
        return new TerminalState(TerminalId.parse(r.terminalId), BranchId.parse(r.branchId), r.terminalName,
                r.nextSeq, r.lastAckedSeq, r.changeCursor, r.serverEpoch, r.catalogVersion, r.branchName,
                r.currency == null ? null : Currency.parse(r.currency),
                r.lastSyncAtMs == null ? OptionalLong.empty() : OptionalLong.of(r.lastSyncAtMs), r.hasDeviceToken,
                r.serverOffsetMs);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }

    /** Looks up one menu item, for callers that price a draft order before placing it. */
    public Optional<MenuItem> menuItem(MenuItemId id) {
        try (SqlSession s = db.read()) {
            MenuRow row = s.getMapper(CatalogMapper.class).item(id.toString());
            return row == null ? Optional.empty() : Optional.of(RowMapping.menuItem(row));
        }
    }
}
