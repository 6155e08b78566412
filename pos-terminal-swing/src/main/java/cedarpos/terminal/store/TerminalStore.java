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
 * The terminal's complete local database. Every local write is one SQLite
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
    private final OrderCommands orders;
    private final CheckMerges merges;
    private final FloorAndStock floor;
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
        this.orders = new OrderCommands(writes, cashier);
        this.merges = new CheckMerges(writes);
        this.floor = new FloorAndStock(db, writes);
        this.printJobs = new PrintJobs(db, writes, clock, this::fire);
        this.stock = new StockBook(db, clock, () -> fire(StoreEvent.STOCK_ALERTS));
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

    /** A counter or table order with no guest count: {@code openOrder(table, 0, lines)}, at least one line. */
    public MergedOrder placeOrder(TableId table, List<NewLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        return openOrder(table, 0, lines);
    }

    /**
     * Opens an order priced from the local menu (status OPEN, nothing sent to the kitchen yet).
     *
     * @param table null for a take-away / counter order
     * @param lines may be empty: a table opened before anyone orders
     * @throws IllegalArgumentException for an unknown item or table, a bad quantity, note or guest count;
     *                                  nothing is written
     */
    public MergedOrder openOrder(TableId table, int guests, List<NewLine> lines) {
        return orders.open(table, guests, lines, null);
    }

    /** {@link #openOrder(TableId, int, List)} by a signed-in member of staff, whom the floor plan names. */
    public MergedOrder openOrder(TableId table, int guests, List<NewLine> lines, String staffName) {
        return orders.open(table, guests, lines, staffName);
    }

    public MergedOrder addLines(OrderId order, List<NewLine> lines) {
        return orders.addLines(order, lines);
    }

    /** @throws IllegalStateException when the line is voided or the order settled or cancelled */
    public MergedOrder changeQuantity(OrderId order, OrderLineId line, int quantity) {
        return orders.changeQuantity(order, line, quantity);
    }

    /** @param note null or blank clears it */
    public MergedOrder changeNote(OrderId order, OrderLineId line, String note) {
        return orders.changeNote(order, line, note);
    }

    /** Voids a line (a tombstone: it stays on the check, at zero); a line this terminal sent queues a VOID ticket. */
    public MergedOrder voidLine(OrderId order, OrderLineId line, String reason, String by) {
        return orders.voidLine(order, line, reason, by);
    }

    /** {@link #voidLine(OrderId, OrderLineId, String, String)} approved by a manager: audited in the same write. */
    public MergedOrder voidLine(OrderId order, OrderLineId line, String reason, String by, Approval approval) {
        return orders.voidLine(order, line, reason, by, approval);
    }

    /**
     * Marks every standing unsent line sent, queueing one ticket per kitchen station in the same transaction.
     *
     * @throws IllegalStateException when there is none
     */
    public MergedOrder sendToKitchen(OrderId order) {
        return orders.sendToKitchen(order);
    }

    /** @param discount null clears it */
    public MergedOrder setDiscount(OrderId order, Discount discount) {
        return orders.setDiscount(order, discount);
    }

    /** A discount approved by a manager: the audit event is written in the same transaction. */
    public MergedOrder setDiscount(OrderId order, Discount discount, Approval approval) {
        return orders.setDiscount(order, discount, approval);
    }

    public MergedOrder setGuests(OrderId order, int guests) {
        return orders.setGuests(order, guests);
    }

    /** @param table null moves the order to the counter */
    public MergedOrder moveTo(OrderId order, TableId table) {
        return orders.moveTo(order, table);
    }

    /** Pays the order in full: the settlement covers every change this terminal holds, paid = merged total. */
    public MergedOrder settle(OrderId order) {
        return orders.settle(order);
    }

    /**
     * Pays the order with these tenders, stamping them, the rate and VAT on the order.
     *
     * @throws IllegalStateException when the check changed since the payment was computed, or is not payable
     */
    public MergedOrder settle(OrderId order, cedarpos.domain.pay.Payment payment) {
        return orders.settle(order, payment);
    }

    /**
     * Joins the check {@code from} to the check {@code into} (the guests sat together): its lines move over as they
     * were, sent and fired included, and {@code from} is cancelled, all in one transaction.
     *
     * @return the check that stays, with the lines it took
     */
    public MergedOrder joinChecks(OrderId from, OrderId into) {
        return merges.join(from, into);
    }

    /** A discount on one line of an open order (null takes it off), approved by a manager and audited. */
    public MergedOrder setLineDiscount(OrderId order, OrderLineId line, Discount discount, Approval approval) {
        return orders.setLineDiscount(order, line, discount, approval);
    }

    /** Fires a held course of the order: the kitchen makes its lines now. */
    public MergedOrder fireCourse(OrderId order, int course) {
        return orders.fireCourse(order, course);
    }

    /**
     * Pays one share of a split check ({@link cedarpos.domain.pay.CheckSplit}); the share that pays what is left
     * settles the check.
     *
     * @param label what the share is called on the check and the receipt ("Seat 2")
     * @param lines  the lines the share pays for; empty for an even share
     * @param amount the share's part of the check total
     */
    public MergedOrder payShare(OrderId order, String label, Set<OrderLineId> lines, Money amount,
                                cedarpos.domain.pay.Payment payment) {
        return orders.payShare(order, label, lines, amount, payment);
    }

    /** Each member of staff's language on this till. */
    public StaffPreferences preferences() {
        return preferences;
    }

    /** Rate, VAT, modifier groups and staff from the last catalog. */
    public CashierCatalog cashier() {
        return cashier;
    }

    /** A manager's reopening of a settled or cancelled order. */
    public MergedOrder reopen(OrderId order) {
        return orders.reopen(order, null, null);
    }

    /**
     * Reopens a paid (or cancelled) check with a manager's approval, audited with the reason in the same transaction.
     *
     * @throws IllegalArgumentException when the reason is blank
     */
    public MergedOrder reopen(OrderId order, Approval approval, String reason) {
        return orders.reopen(order, approval, reason);
    }

    /** Money back on a paid check, approved and audited in one write; bad input writes nothing ({@link Refunding}). */
    public MergedOrder refund(OrderId order, Set<OrderLineId> lines, Money amount, cedarpos.domain.pay.Tender paidBack,
                              Approval approval, String reason) {
        return orders.refund(order, lines, amount, paidBack, approval, reason);
    }

    public MergedOrder cancel(OrderId order) {
        return orders.cancel(order);
    }

    /** Sets a table's status (last write wins by server-clock stamp). */
    public TableState setTableStatus(TableId table, TableStatus status) {
        return floor.setTableStatus(table, status);
    }

    /** Empty for a table not on the floor plan; AVAILABLE for one never written. */
    public Optional<TableStatus> tableStatus(TableId table) {
        return floor.tableStatus(table);
    }

    /** Records a delivery, waste or count difference of a stock item. */
    public StockAdjustment adjustStock(StockItemId item, StockAdjustment.Reason reason, long delta, String note) {
        return floor.adjustStock(item, reason, delta, note);
    }

    /** The sum of every adjustment of the item this terminal holds. */
    public long stockLevel(StockItemId item) {
        return floor.stockLevel(item);
    }

    /**
     * The floor plan as it stands: each table with its status and the open check on it, if any. A table with an
     * open check is occupied whatever its status register says; otherwise the register (available, reserved,
     * cleaning) decides.
     */
    public List<FloorTable> floor() {
        return floor.floorPlan();
    }

    /** Open checks (not settled, not cancelled), newest first. */
    public List<MergedOrder> openOrders() {
        try (SqlSession s = db.read()) {
            return OrderRepository.loadOpen(s).stream().map(OrderState::merge).filter(java.util.Objects::nonNull)
                    .toList();
        }
    }

    /** Orders opened since {@code sinceMs} (epoch ms), newest first, at most {@code limit}: the order history. */
    public List<MergedOrder> recentOrders(long sinceMs, int limit) {
        try (SqlSession s = db.read()) {
            return OrderRepository.loadRecent(s, sinceMs, limit).stream().map(OrderState::merge)
                    .filter(java.util.Objects::nonNull).toList();
        }
    }

    /** Every order this terminal can show, newest first. */
    public List<MergedOrder> orders() {
        try (SqlSession s = db.read()) {
            return OrderRepository.loadAll(s).stream().map(OrderState::merge).filter(java.util.Objects::nonNull)
                    .toList();
        }
    }

    public Optional<MergedOrder> order(OrderId id) {
        return orderState(id).map(OrderState::merge);
    }

    /** The exact stored state (every change with its stamp), e.g. to compare replicas. */
    public Optional<OrderState> orderState(OrderId id) {
        try (SqlSession s = db.read()) {
            return Optional.ofNullable(OrderRepository.load(s, id));
        }
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
