package cedarpos.terminal.store;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.Discount;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TableId;
import cedarpos.domain.TableStatus;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.StockAdjustment;
import cedarpos.domain.merge.TableState;
import cedarpos.terminal.store.internal.CatalogMapper;
import cedarpos.terminal.store.internal.LegacyOrders;
import cedarpos.terminal.store.internal.OrderRepository;
import cedarpos.terminal.store.internal.OutboxMapper;
import cedarpos.terminal.store.internal.RowMapping;
import cedarpos.terminal.store.internal.Rows.MenuRow;
import cedarpos.terminal.store.internal.Rows.StateRow;
import cedarpos.terminal.store.internal.SqliteDatabase;
import cedarpos.terminal.store.internal.StateMapper;
import cedarpos.terminal.support.Logging;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.ibatis.session.SqlSession;

/**
 * The terminal's complete local database: opening it, the terminal's identity and sync state, and change listeners;
 * what it holds is read and written through its capability books ({@link #orders()}, {@link #payments()},
 * {@link #floor()}, {@link #stock()}, {@link #shifts()}, {@link #printJobs()}, {@link #cashier()},
 * {@link #preferences()}) and, for the sync worker, its {@link #syncLog()}. Every local write is one SQLite
 * transaction that joins its change (a delta of the mergeable state, stamped with
 * server-clock time) into the stored state, re-materializes the rows, and appends
 * the outbox entry carrying the delta, so the two can never disagree. Bad input
 * throws {@link IllegalArgumentException} (or {@link IllegalStateException} for a
 * change the order's state forbids) and writes nothing. Safe to call from any
 * thread but the EDT; listeners are called on the writing thread after the commit.
 */
public final class TerminalStore implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TerminalStore.class.getName());

    private final SqliteDatabase db;
    private final Clock clock;
    private final List<Consumer<StoreEvent>> listeners = new CopyOnWriteArrayList<>();
    private final SyncLog syncLog;
    private final OrderBook orders;
    private final PaymentBook payments;
    private final FloorBook floor;
    private final PrintJobs printJobs;
    private final StockBook stock;
    private final CashierCatalog cashier;
    private final StaffPreferences preferences;
    private final ShiftBook shifts;

    private TerminalStore(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.cashier = new CashierCatalog(db, clock);
        this.preferences = new StaffPreferences(db, clock);
        this.syncLog = new SyncLog(db, clock, this::fire, cashier);
        LocalWrites writes = new LocalWrites(db, clock, () -> fire(StoreEvent.LOCAL_WRITE));
        OrderChanges changes = new OrderChanges(writes);
        this.orders = new OrderBook(db, changes, cashier);
        this.payments = new PaymentBook(changes);
        this.floor = new FloorBook(db, writes);
        this.printJobs = new PrintJobs(db, writes, clock, this::fire);
        this.stock = new StockBook(db, clock, writes, () -> fire(StoreEvent.STOCK_ALERTS));
        this.shifts = new ShiftBook(db, writes);
    }

    /** Opens (creating and migrating if needed) {@code <dataDir>/terminal.db}. */
    public static TerminalStore open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    public static TerminalStore open(Path dataDir, Clock clock) {
        Logging.quietLibraries();
        SqliteDatabase db = SqliteDatabase.open(dataDir);
        try (SqlSession s = db.write()) {
            if (LegacyOrders.convert(s) > 0) {
                s.commit();
            }
        }
        LOG.info(() -> "store opened file=" + db.file());
        return new TerminalStore(db, clock);
    }

    /** The database file of a terminal whose data lives in {@code dataDir}, whether it exists yet or not. */
    public static Path fileIn(Path dataDir) {
        return SqliteDatabase.fileIn(dataDir);
    }

    /** True when {@code dataDir} holds no terminal database yet: nothing was ever stored there. */
    public static boolean isEmpty(Path dataDir) {
        return !Files.exists(fileIn(dataDir));
    }

    /** As {@link #enroll(TerminalId, BranchId, String, String, String, URI)} without a server address to keep. */
    public TerminalState enroll(TerminalId terminal, BranchId branch, String branchName, String terminalName,
                                String deviceToken) {
        return enroll(terminal, branch, branchName, terminalName, deviceToken, null);
    }

    /**
     * Stores the identity the server gave this terminal at enrollment, token included, and the address of the
     * server it enrolled with (unless null), in one transaction. A database that already has an identity keeps its terminal id (its outbox
     * entries carry it); it may move to another branch only while its outbox is empty.
     *
     * @throws IllegalArgumentException for a missing field; nothing is written
     * @throws IllegalStateException when the database belongs to another terminal, or to another
     *                               branch with entries already written; nothing is written
     */
    public TerminalState enroll(TerminalId terminal, BranchId branch, String branchName, String terminalName,
                                String deviceToken, URI serverUri) {
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
            if (serverUri != null) {
                state.setServer(serverUri.toString());
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

    /** Keeps the server address the next start uses when none is given. */
    public void rememberServer(URI serverUri) {
        if (serverUri == null) {
            throw new IllegalArgumentException("server address is required");
        }
        try (SqlSession s = db.write()) {
            requireState(s);
            s.getMapper(StateMapper.class).setServer(serverUri.toString());
            s.commit();
        }
        LOG.info(() -> "server address kept server=" + serverUri);
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

    /** The checks while they are taken: open, lines, kitchen, header, join, cancel, reopen; and reading them. */
    public OrderBook orders() {
        return orders;
    }

    /** Money on a check: settle, pay a share of a split check, refund. */
    public PaymentBook payments() {
        return payments;
    }

    /** The tables, their statuses and the open check on each. */
    public FloorBook floor() {
        return floor;
    }

    /** Stock as this terminal knows it: balances, tracked dishes, its lines' claims, its waiter's alerts. */
    public StockBook stock() {
        return stock;
    }

    /** The cashier's shifts on this terminal: float, pay-ins and pay-outs, closing count and Z report. */
    public ShiftBook shifts() {
        return shifts;
    }

    /** The print queue: kitchen tickets and receipts, what the printer workers drain and the Printers screen shows. */
    public PrintJobs printJobs() {
        return printJobs;
    }

    /** Menu, rate, VAT, modifier groups and staff from the last catalog. */
    public CashierCatalog cashier() {
        return cashier;
    }

    /** Each member of staff's language on this till. */
    public StaffPreferences preferences() {
        return preferences;
    }

    /** Outbox entries the server has not acked yet. */
    public long pendingCount() {
        try (SqlSession s = db.read()) {
            return s.getMapper(OutboxMapper.class).pendingCount();
        }
    }

    /** Outbox entries the server refused for good (kept, never resent, not pending). */
    public long rejectedCount() {
        try (SqlSession s = db.read()) {
            return s.getMapper(OutboxMapper.class).rejectedCount();
        }
    }

    /** Entries the server refused for good, newest first; readable offline. */
    public List<RejectedEntry> rejectedEntries(int limit) {
        return syncLog.rejected(limit);
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
                r.serverOffsetMs, r.serverUri == null ? null : URI.create(r.serverUri));
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
