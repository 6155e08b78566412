package cedarpos.terminal.store;

import static cedarpos.terminal.store.OrderChanges.audit;
import static cedarpos.terminal.store.OrderChanges.requireOpen;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.LineModifier;
import cedarpos.domain.MenuItem;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.Modifiers;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.audit.AuditEvent;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.LineState;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.VoidMark;
import cedarpos.protocol.v1.Operations;
import cedarpos.terminal.store.LocalWrites.Ctx;
import cedarpos.terminal.store.LocalWrites.Entry;
import cedarpos.terminal.store.internal.CatalogMapper;
import cedarpos.terminal.store.internal.OrderRepository;
import cedarpos.terminal.store.internal.Rows.MenuRow;
import cedarpos.terminal.store.internal.RowMapping;
import cedarpos.terminal.store.internal.SqliteDatabase;
import cedarpos.terminal.store.internal.StockClaims;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;

/**
 * The checks of this terminal while they are taken: opening one, its lines (added, changed, voided, discounted, sent
 * to the kitchen, fired), its header (guests, discount, table), joining two checks, cancelling and reopening one;
 * and reading them back. Each write is one {@link OrderChanges} transaction; bad input throws before anything is
 * written. Paying is the {@link PaymentBook}'s.
 */
public final class OrderBook {
    private final SqliteDatabase db;
    private final OrderChanges changes;
    /** The modifier groups a line is checked against: decoded once per catalog, not once per line added. */
    private final CashierCatalog cashier;
    private final CheckJoin join;

    OrderBook(SqliteDatabase db, OrderChanges changes, CashierCatalog cashier) {
        this.db = db;
        this.changes = changes;
        this.cashier = cashier;
        this.join = new CheckJoin(changes.writes());
    }

    /** A counter or table order with no guest count: {@code open(table, 0, lines)}, at least one line. */
    public MergedOrder place(TableId table, List<NewLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        return open(table, 0, lines);
    }

    /**
     * Opens an order priced from the local menu (status OPEN, nothing sent to the kitchen yet).
     *
     * @param table null for a take-away / counter order
     * @param lines may be empty: a table opened before anyone orders
     * @throws IllegalArgumentException for an unknown item or table, a bad quantity, note or guest count;
     *                                  nothing is written
     */
    public MergedOrder open(TableId table, int guests, List<NewLine> lines) {
        return open(table, guests, lines, null);
    }

    /** {@link #open(TableId, int, List)} by a signed-in member of staff, whom the floor plan names. */
    public MergedOrder open(TableId table, int guests, List<NewLine> lines, String staffName) {
        if (lines == null) {
            throw new IllegalArgumentException("lines are required (an empty list opens an order without lines)");
        }
        requireGuests(guests);
        OrderId id = OrderId.random();
        return changes.writes().write(c -> {
            requireTable(c, table);
            List<LineAdd> adds = adds(c, lines);
            Currency currency = currency(c, adds);
            OrderBirth birth = new OrderBirth(BranchId.parse(c.state().branchId),
                    TerminalId.parse(c.state().terminalId), currency, c.stamp().atMs(), staffName);
            OrderState delta = OrderState.open(id, birth, table, guests, adds, c.stamp());
            Operations.checkOrder(Operations.OPEN, delta, c.stamp());
            // a new order's state is its delta: one encoding serves the stored state and the outbox entry
            String json = OrderRepository.encode(delta, currency);
            MergedOrder m = OrderRepository.save(c.session(), delta, json, null, OrderRepository.PENDING, true);
            // a tracked dish claims its stock in this same transaction: pending until the server decides
            new StockClaims(c.session()).open(m, c.nowMs());
            return new Entry<>(Operations.ORDER, id.toString(), Operations.OPEN, json, m);
        });
    }

    public MergedOrder addLines(OrderId id, List<NewLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("add at least one line");
        }
        return changes.change(id, Operations.ADD_LINES, Set.of(), (c, cur, now, stamp) -> {
            requireOpen(now);
            List<LineAdd> adds = adds(c, lines);
            if (cur.lines().size() + adds.size() > OrderState.MAX_LINES) {
                throw new IllegalArgumentException("an order cannot have more than " + OrderState.MAX_LINES
                        + " lines");
            }
            for (LineAdd a : adds) {
                if (a.line().unitPrice().currency() != now.currency()) {
                    throw new IllegalArgumentException("menu item " + a.line().menuItemId() + " is priced in "
                            + a.line().unitPrice().currency() + ", the order in " + now.currency());
                }
            }
            return OrderState.withLines(id, adds);
        });
    }

    /** @throws IllegalStateException when the line is voided or the order settled or cancelled */
    public MergedOrder changeQuantity(OrderId id, OrderLineId lineId, int quantity) {
        if (quantity < 1 || quantity > OrderLine.MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be between 1 and " + OrderLine.MAX_QUANTITY + ", got "
                    + quantity);
        }
        return changes.lineChange(id, lineId, Operations.EDIT_LINE,
                (c, line, now) -> LineEdit.quantity(c.stamp(), line.heads(), quantity));
    }

    /** @param note null or blank clears it */
    public MergedOrder changeNote(OrderId id, OrderLineId lineId, String note) {
        if (note != null && note.length() > LineAdd.MAX_NOTE) {
            throw new IllegalArgumentException("line note is at most " + LineAdd.MAX_NOTE + " characters, got "
                    + note.length());
        }
        return changes.lineChange(id, lineId, Operations.EDIT_LINE,
                (c, line, now) -> LineEdit.note(c.stamp(), line.heads(), note == null || note.isBlank() ? ""
                        : note));
    }

    /** Voids a line (a tombstone: it stays on the check, at zero); a line this terminal sent queues a VOID ticket. */
    public MergedOrder voidLine(OrderId id, OrderLineId lineId, String reason, String by) {
        return voidLine(id, lineId, reason, by, null);
    }

    /** @param approval the manager who approved voiding a line the kitchen has, audited in the same write; or null */
    public MergedOrder voidLine(OrderId id, OrderLineId lineId, String reason, String by, Approval approval) {
        VoidMark mark = new VoidMark(reason, by);
        return changes.lineChange(id, lineId, Operations.VOID_LINE, (c, line, now) -> {
            if (approval != null) {
                audit(c, approval, AuditEvent.Action.VOID_AFTER_SEND, id, now.line().quantity() + " x "
                        + now.line().name() + (now.sent() ? " (sent)" : ""), reason);
            }
            return LineEdit.voided(c.stamp(), line.heads(), mark);
        });
    }

    /**
     * Puts a discount on one line (null takes it off), approved by a manager and audited like a check discount.
     *
     * @param approval the manager who approved it, audited; or null (no staff set up)
     */
    public MergedOrder setLineDiscount(OrderId id, OrderLineId lineId, Discount discount, Approval approval) {
        return changes.lineChange(id, lineId, Operations.EDIT_LINE, (c, line, now) -> {
            if (discount == null && now.discount() == null) {
                throw new IllegalStateException("the line has no discount to take off");
            }
            if (discount != null && discount.of(now.line().total()).minor() == 0) {
                throw new IllegalArgumentException("a discount on " + now.line().name() + " must take something off");
            }
            if (approval != null) {
                audit(c, approval, AuditEvent.Action.DISCOUNT, id, now.line().quantity() + " x " + now.line().name()
                        + (discount == null ? ": discount taken off" : ": " + discount.describe(
                        now.line().unitPrice().currency())), discount == null ? "taken off" : discount.reason());
            }
            return LineEdit.discounted(c.stamp(), line.heads(), discount);
        });
    }

    /**
     * Marks every standing unsent line sent, queueing one ticket per kitchen station in the same transaction.
     *
     * @throws IllegalStateException when there is none
     */
    public MergedOrder sendToKitchen(OrderId id) {
        return changes.change(id, Operations.SEND_LINES, Set.of(), (c, cur, now, stamp) -> {
            requireOpen(now);
            OrderState delta = OrderState.empty(id);
            for (MergedLine l : now.lines()) {
                if (!l.isVoided() && !l.sent()) {
                    LineState line = cur.line(l.line().id());
                    delta = delta.join(OrderState.withEdit(id, l.line().id(),
                            LineEdit.sentToKitchen(stamp, line.heads())));
                }
            }
            if (delta.lines().isEmpty()) {
                throw new IllegalStateException("nothing to send: every standing line of order " + id
                        + " already went to the kitchen");
            }
            return delta;
        });
    }

    /**
     * Fires a held course: its lines that went to the kitchen on hold are to be made now.
     *
     * @throws IllegalStateException when no sent line of that course is waiting
     */
    public MergedOrder fireCourse(OrderId id, int course) {
        return changes.change(id, Operations.FIRE_COURSE, Set.of(), (c, cur, now, stamp) -> {
            requireOpen(now);
            OrderState delta = OrderState.empty(id);
            for (MergedLine l : now.lines()) {
                if (!l.isVoided() && l.sent() && l.held() && l.course() == course) {
                    delta = delta.join(OrderState.withEdit(id, l.line().id(),
                            LineEdit.fired(stamp, cur.line(l.line().id()).heads())));
                }
            }
            if (delta.lines().isEmpty()) {
                throw new IllegalStateException("course " + course + " has no line held in the kitchen to fire");
            }
            return delta;
        });
    }

    /** @param discount null clears it */
    public MergedOrder setDiscount(OrderId id, Discount discount) {
        return setDiscount(id, discount, null);
    }

    /** A discount approved by a manager: the audit event is written in the same transaction; or null. */
    public MergedOrder setDiscount(OrderId id, Discount discount, Approval approval) {
        return changes.change(id, Operations.HEADER, Set.of(), (c, cur, now, stamp) -> {
            requireOpen(now);
            if (approval != null) {
                String what = discount == null ? "discount removed"
                        : discount.describe(now.currency()) + " off " + now.subtotal().display();
                audit(c, approval, AuditEvent.Action.DISCOUNT, id, what, discount == null ? "removed"
                        : discount.reason());
            }
            return OrderState.withDiscount(id, discount, stamp);
        });
    }

    public MergedOrder setGuests(OrderId id, int guests) {
        requireGuests(guests);
        return changes.change(id, Operations.HEADER, Set.of(), (c, cur, now, stamp) -> {
            requireOpen(now);
            return OrderState.withGuests(id, guests, stamp);
        });
    }

    /** @param table null moves the order to the counter */
    public MergedOrder moveTo(OrderId id, TableId table) {
        return changes.change(id, Operations.HEADER, Set.of(), (c, cur, now, stamp) -> {
            requireOpen(now);
            requireTable(c, table);
            return OrderState.withTable(id, table, stamp);
        });
    }

    /** A manager's reopening of a settled or cancelled order. */
    public MergedOrder reopen(OrderId id) {
        return reopen(id, null, null);
    }

    /**
     * Reopens a paid (or cancelled) check with a manager's approval, audited with the reason in the same transaction.
     *
     * @param approval the manager who approved it; or null (no staff set up)
     * @throws IllegalArgumentException when approved and the reason is blank
     */
    public MergedOrder reopen(OrderId id, Approval approval, String reason) {
        if (approval != null && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("say why the check is reopened");
        }
        return changes.change(id, Operations.REOPEN, null, (c, cur, now, stamp) -> {
            if (now.status() != OrderStatus.SETTLED && now.status() != OrderStatus.CANCELLED) {
                throw new IllegalStateException("order is open; there is nothing to reopen");
            }
            if (approval != null) {
                audit(c, approval, AuditEvent.Action.REOPEN, id, now.status().name().toLowerCase() + " check of "
                        + now.total().display(), reason.strip());
            }
            return OrderState.reopened(id, stamp);
        });
    }

    public MergedOrder cancel(OrderId id) {
        return changes.change(id, Operations.CANCEL, null, (c, cur, now, stamp) -> {
            if (now.status() == OrderStatus.SETTLED) {
                throw new IllegalStateException(OrderChanges.SETTLED);
            }
            if (now.status() == OrderStatus.CANCELLED) {
                throw new IllegalStateException("order is already cancelled");
            }
            return OrderState.cancelled(id, stamp);
        });
    }

    /**
     * Joins the check {@code from} to the check {@code into} (the guests sat together): its lines move over as they
     * were, sent and fired included, and {@code from} is cancelled, all in one transaction ({@link CheckJoin}).
     *
     * @return the check that stays, with the lines it took
     */
    public MergedOrder join(OrderId from, OrderId into) {
        return join.join(from, into);
    }

    /** Open checks (not settled, not cancelled), newest first. */
    public List<MergedOrder> openChecks() {
        try (SqlSession s = db.read()) {
            return OrderRepository.loadOpen(s).stream().map(OrderState::merge).filter(Objects::nonNull).toList();
        }
    }

    /** Orders opened since {@code sinceMs} (epoch ms), newest first, at most {@code limit}: the order history. */
    public List<MergedOrder> recent(long sinceMs, int limit) {
        try (SqlSession s = db.read()) {
            return OrderRepository.loadRecent(s, sinceMs, limit).stream().map(OrderState::merge)
                    .filter(Objects::nonNull).toList();
        }
    }

    /** Every order this terminal can show, newest first. */
    public List<MergedOrder> all() {
        try (SqlSession s = db.read()) {
            return OrderRepository.loadAll(s).stream().map(OrderState::merge).filter(Objects::nonNull).toList();
        }
    }

    public Optional<MergedOrder> find(OrderId id) {
        return findState(id).map(OrderState::merge);
    }

    /** The exact stored state (every change with its stamp), e.g. to compare replicas. */
    public Optional<OrderState> findState(OrderId id) {
        try (SqlSession s = db.read()) {
            return Optional.ofNullable(OrderRepository.load(s, id));
        }
    }

    private static void requireGuests(int guests) {
        if (guests < 0 || guests > OrderState.MAX_GUESTS) {
            throw new IllegalArgumentException("guest count must be between 0 and " + OrderState.MAX_GUESTS
                    + ", got " + guests);
        }
    }

    private static void requireTable(Ctx c, TableId table) {
        if (table != null && c.session().getMapper(CatalogMapper.class).tableExists(table.toString()) == 0) {
            throw new IllegalArgumentException("unknown table " + table);
        }
    }

    /**
     * Lines priced from the local menu, each born with the write's stamp. Lines of one write share
     * their stamp, and the merge orders such lines by id: their ids are drawn at random and handed
     * out in sorted order, so the check lists them as the cashier entered them.
     */
    private List<LineAdd> adds(Ctx c, List<NewLine> lines) {
        CatalogMapper catalog = c.session().getMapper(CatalogMapper.class);
        List<OrderLineId> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ids.add(OrderLineId.random());
        }
        ids.sort(Comparator.comparing(OrderLineId::toString));
        List<LineAdd> adds = new ArrayList<>();
        List<ModifierGroup> groups = null;
        for (NewLine line : lines) {
            if (line == null) {
                throw new IllegalArgumentException("a line is missing");
            }
            MenuRow row = catalog.item(line.item().toString());
            if (row == null) {
                throw new IllegalArgumentException("unknown menu item " + line.item());
            }
            MenuItem item = RowMapping.menuItem(row);
            if (groups == null) {
                groups = cashier.modifierGroups();
            }
            List<LineModifier> modifiers = Modifiers.choose(item.id(), item.nameEn(), groups, line.modifiers());
            adds.add(new LineAdd(new OrderLine(ids.get(adds.size()), item.id(), item.nameEn(), line.quantity(),
                    Modifiers.price(item.price(), modifiers)), modifiers, line.note(), c.stamp(), line.seat(),
                    line.course()));
        }
        return adds;
    }

    /** The branch currency from the catalog; every line must be priced in it. */
    private static Currency currency(Ctx c, List<LineAdd> adds) {
        Currency currency = c.state().currency != null ? Currency.parse(c.state().currency)
                : adds.isEmpty() ? null : adds.get(0).line().unitPrice().currency();
        if (currency == null) {
            throw new IllegalStateException("no catalog yet: the branch currency is unknown");
        }
        for (LineAdd a : adds) {
            if (a.line().unitPrice().currency() != currency) {
                throw new IllegalArgumentException("menu item " + a.line().menuItemId() + " is priced in "
                        + a.line().unitPrice().currency() + ", the branch in " + currency);
            }
        }
        return currency;
    }
}
