package cedarpos.terminal.store;

import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.shift.Cash;
import cedarpos.domain.shift.DrawerMovement;
import cedarpos.domain.shift.SettledCheck;
import cedarpos.domain.shift.Shift;
import cedarpos.domain.shift.ShiftId;
import cedarpos.domain.shift.ZReport;
import cedarpos.terminal.store.LocalWrites.Ctx;
import cedarpos.terminal.store.LocalWrites.Entry;
import cedarpos.terminal.store.ShiftRefusal.Code;
import cedarpos.terminal.store.internal.CatalogMapper;
import cedarpos.terminal.store.internal.OrderRepository;
import cedarpos.terminal.store.internal.Rows.MenuRow;
import cedarpos.terminal.store.internal.Rows.StateRow;
import cedarpos.terminal.store.internal.ShiftJson;
import cedarpos.terminal.store.internal.ShiftMapper;
import cedarpos.terminal.store.internal.ShiftRows.MovementRow;
import cedarpos.terminal.store.internal.ShiftRows.ShiftRow;
import cedarpos.terminal.store.internal.SqliteDatabase;
import cedarpos.terminal.store.internal.StateMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.apache.ibatis.session.SqlSession;

/**
 * The cashier's shifts on this terminal: open with a counted float, pay in and pay out, close with a count and get
 * the Z report. Each write is one {@link LocalWrites} transaction with one outbox entry of entity {@link #ENTITY}
 * (payloads in {@link ShiftJson}), so shifts sync like sales; it all works offline.
 *
 * <p>Bad input throws {@link ShiftRefusal} before or inside the transaction and writes nothing. Call off the EDT.
 */
public final class ShiftBook {
    public static final String ENTITY = "shift";
    public static final String OPEN = "open";
    public static final String MOVEMENT = "movement";
    public static final String CLOSE = "close";
    private static final Logger LOG = Logger.getLogger(ShiftBook.class.getName());

    private final SqliteDatabase db;
    private final LocalWrites writes;

    ShiftBook(SqliteDatabase db, LocalWrites writes) {
        this.db = db;
        this.writes = writes;
    }

    /**
     * Opens a shift on this terminal with the float counted into the drawer.
     *
     * @throws ShiftRefusal ALREADY_OPEN when this terminal has an open shift; NEGATIVE_AMOUNT, WRONG_CURRENCY,
     *                      AMOUNT_REQUIRED, NAME_REQUIRED for bad input
     */
    public Shift open(String staffName, Money usdFloat, Money lbpFloat) {
        String who = name(staffName);
        Cash opening = cash(usdFloat, lbpFloat, "the opening float");
        ShiftId id = ShiftId.random();
        Shift shift = writes.write(c -> {
            ShiftMapper shifts = c.session().getMapper(ShiftMapper.class);
            ShiftRow open = shifts.open(c.state().terminalId);
            if (open != null) {
                throw new ShiftRefusal(Code.ALREADY_OPEN, "a shift is already open on this terminal (opened by "
                        + open.openedBy + "): close it first");
            }
            Shift s = Shift.open(id, TerminalId.parse(c.state().terminalId), who, c.stamp().atMs(), c.stamp().seq(),
                    opening);
            shifts.insert(row(s));
            return new Entry<>(ENTITY, id.toString(), OPEN, ShiftJson.open(s, c.stamp()), s);
        });
        LOG.info(() -> "shift opened shift=" + id + " seq=" + shift.openSeq() + " floatUsd=" + opening.usd().minor()
                + " floatLbp=" + opening.lbp().minor());
        return shift;
    }

    /** The shift open on this terminal, if any (none before enrollment). */
    public Optional<Shift> current() {
        try (SqlSession s = db.read()) {
            StateRow st = s.getMapper(StateMapper.class).find();
            if (st == null) {
                return Optional.empty();
            }
            ShiftRow row = s.getMapper(ShiftMapper.class).open(st.terminalId);
            return Optional.ofNullable(row).map(ShiftBook::shift);
        }
    }

    public Optional<Shift> find(ShiftId id) {
        try (SqlSession s = db.read()) {
            return Optional.ofNullable(s.getMapper(ShiftMapper.class).find(id.toString())).map(ShiftBook::shift);
        }
    }

    /** Closed shifts, the last closed first: what a reprint chooses from. */
    public List<Shift> recentlyClosed(int limit) {
        try (SqlSession s = db.read()) {
            return s.getMapper(ShiftMapper.class).closed(Math.max(1, Math.min(limit, 1_000))).stream()
                    .map(ShiftBook::shift).toList();
        }
    }

    /** The shift's pay-ins and pay-outs, in the order they were made. */
    public List<DrawerMovement> movements(ShiftId id) {
        try (SqlSession s = db.read()) {
            return s.getMapper(ShiftMapper.class).movements(id.toString()).stream().map(ShiftBook::movement)
                    .toList();
        }
    }

    /**
     * Cash put into the drawer (change from the safe, say) on the open shift.
     *
     * @throws ShiftRefusal NOT_OPEN; AMOUNT_NOT_POSITIVE, REASON_REQUIRED, REASON_TOO_LONG, NAME_REQUIRED
     */
    public DrawerMovement payIn(Money amount, String reason, String by) {
        return move(DrawerMovement.Kind.PAY_IN, amount, reason, by, null);
    }

    /**
     * Cash taken out of the drawer on the open shift, approved by a manager (checked by the caller, e.g. with the
     * manager's PIN) who is named on it.
     *
     * @throws ShiftRefusal NOT_OPEN; APPROVAL_REQUIRED and the pay-in's refusals
     */
    public DrawerMovement payOut(Money amount, String reason, String by, String approvedBy) {
        if (approvedBy == null || approvedBy.isBlank()) {
            throw new ShiftRefusal(Code.APPROVAL_REQUIRED, "a pay-out needs a manager's approval");
        }
        return move(DrawerMovement.Kind.PAY_OUT, amount, reason, by, approvedBy);
    }

    /** {@link #close(String, Money, Money)} by whoever opened the shift. */
    public ZReport close(Money countedUsd, Money countedLbp) {
        String openedBy = current().map(Shift::openedBy)
                .orElseThrow(() -> new ShiftRefusal(Code.NOT_OPEN, "no shift is open on this terminal"));
        return close(openedBy, countedUsd, countedLbp);
    }

    /**
     * Closes the open shift with the cash counted in the drawer and returns its Z report, computed in the same
     * transaction and kept for reprints.
     *
     * @throws ShiftRefusal NOT_OPEN; NEGATIVE_AMOUNT, WRONG_CURRENCY, AMOUNT_REQUIRED, NAME_REQUIRED
     */
    public ZReport close(String closedBy, Money countedUsd, Money countedLbp) {
        String who = name(closedBy);
        Cash counted = cash(countedUsd, countedLbp, "the counted cash");
        ZReport report = writes.write(c -> {
            ShiftMapper shifts = c.session().getMapper(ShiftMapper.class);
            ShiftRow open = shifts.open(c.state().terminalId);
            if (open == null) {
                throw new ShiftRefusal(Code.NOT_OPEN, "no shift is open on this terminal");
            }
            Shift closed = shift(open).close(new Shift.Closing(who, c.stamp().atMs(), c.stamp().seq(), counted));
            List<DrawerMovement> movements = shifts.movements(open.id).stream().map(ShiftBook::movement).toList();
            ZReport z = ZReport.of(closed, movements, settled(c, closed), categories(c), currency(c));
            ShiftRow row = row(closed);
            row.reportJson = ShiftJson.report(z).toString();
            if (shifts.close(row) != 1) {
                throw new IllegalStateException("shift " + open.id + " closed during the transaction");
            }
            return new Entry<>(ENTITY, open.id, CLOSE, ShiftJson.close(closed, z, c.stamp()), z);
        });
        LOG.info(() -> "shift closed shift=" + report.shiftId() + " checks=" + report.checks() + " differenceUsd="
                + report.drawer().difference().usd().minor() + " differenceLbp="
                + report.drawer().difference().lbp().minor());
        return report;
    }

    /** The Z report of a closed shift as it was printed at closing; empty for an open or unknown shift. */
    public Optional<ZReport> report(ShiftId id) {
        try (SqlSession s = db.read()) {
            ShiftRow row = s.getMapper(ShiftMapper.class).find(id.toString());
            return row == null || row.reportJson == null ? Optional.empty()
                    : Optional.of(ShiftJson.decodeReport(row.reportJson));
        }
    }

    private DrawerMovement move(DrawerMovement.Kind kind, Money amount, String reason, String by,
                                String approvedBy) {
        if (amount == null) {
            throw new ShiftRefusal(Code.AMOUNT_REQUIRED, "the amount is required");
        }
        if (amount.minor() <= 0) {
            throw new ShiftRefusal(Code.AMOUNT_NOT_POSITIVE, "a pay-in or pay-out is more than zero, got "
                    + amount.display());
        }
        if (reason == null || reason.isBlank()) {
            throw new ShiftRefusal(Code.REASON_REQUIRED, "a pay-in or pay-out needs a reason");
        }
        if (reason.strip().length() > DrawerMovement.MAX_REASON) {
            throw new ShiftRefusal(Code.REASON_TOO_LONG, "a reason is at most " + DrawerMovement.MAX_REASON
                    + " characters");
        }
        String who = name(by);
        String manager = approvedBy == null ? null : name(approvedBy);
        UUID id = UUID.randomUUID();
        DrawerMovement done = writes.write(c -> {
            ShiftRow open = c.session().getMapper(ShiftMapper.class).open(c.state().terminalId);
            if (open == null) {
                throw new ShiftRefusal(Code.NOT_OPEN, "no shift is open on this terminal: open one first");
            }
            DrawerMovement m = new DrawerMovement(id, ShiftId.parse(open.id), kind, amount, reason, who, manager,
                    c.stamp().atMs(), c.stamp().seq());
            c.session().getMapper(ShiftMapper.class).insertMovement(row(m));
            return new Entry<>(ENTITY, open.id, MOVEMENT, ShiftJson.movement(m, c.stamp()), m);
        });
        LOG.info(() -> "drawer movement shift=" + done.shiftId() + " movement=" + id + " kind=" + kind + " amount="
                + amount.minor() + " " + amount.currency() + (manager == null ? "" : " approvedBy=\"" + manager + "\""));
        return done;
    }

    /** The orders this terminal settled since the shift opened, with the stamp of their current settlement. */
    private static List<SettledCheck> settled(Ctx c, Shift shift) {
        List<SettledCheck> checks = new ArrayList<>();
        for (String id : c.session().getMapper(ShiftMapper.class).settledAfter(shift.openSeq(),
                shift.terminal().toString())) {
            OrderState st = OrderRepository.load(c.session(), OrderId.parse(id));
            MergedOrder o = st == null ? null : st.merge();
            if (o != null && st.settlement() != null) {
                checks.add(new SettledCheck(o, st.settlement().stamp()));
            }
        }
        return checks;
    }

    private static Map<MenuItemId, String> categories(Ctx c) {
        Map<MenuItemId, String> categories = new HashMap<>();
        for (MenuRow r : c.session().getMapper(CatalogMapper.class).menu()) {
            categories.put(MenuItemId.parse(r.id), r.category);
        }
        return categories;
    }

    private static Currency currency(Ctx c) {
        return c.state().currency == null ? Currency.USD : Currency.parse(c.state().currency);
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new ShiftRefusal(Code.NAME_REQUIRED, "who does it must be named");
        }
        if (name.strip().length() > Shift.MAX_NAME) {
            throw new ShiftRefusal(Code.NAME_REQUIRED, "a name is at most " + Shift.MAX_NAME + " characters");
        }
        return name.strip();
    }

    private static Cash cash(Money usd, Money lbp, String what) {
        if (usd == null || lbp == null) {
            throw new ShiftRefusal(Code.AMOUNT_REQUIRED, what + " is counted in dollars and in pounds (0 for none)");
        }
        if (usd.currency() != Currency.USD || lbp.currency() != Currency.LBP) {
            throw new ShiftRefusal(Code.WRONG_CURRENCY, what + " is dollars then pounds, got " + usd.currency()
                    + " and " + lbp.currency());
        }
        if (usd.isNegative() || lbp.isNegative()) {
            throw new ShiftRefusal(Code.NEGATIVE_AMOUNT, what + " cannot be negative");
        }
        return new Cash(usd, lbp);
    }

    private static ShiftRow row(Shift s) {
        ShiftRow r = new ShiftRow();
        r.id = s.id().toString();
        r.terminalId = s.terminal().toString();
        r.openedBy = s.openedBy();
        r.openedAtMs = s.openedAtMs();
        r.openSeq = s.openSeq();
        r.floatUsd = s.openingFloat().usd().minor();
        r.floatLbp = s.openingFloat().lbp().minor();
        if (s.closing() != null) {
            r.closedBy = s.closing().closedBy();
            r.closedAtMs = s.closing().closedAtMs();
            r.closeSeq = s.closing().closeSeq();
            r.countedUsd = s.closing().counted().usd().minor();
            r.countedLbp = s.closing().counted().lbp().minor();
        }
        return r;
    }

    private static Shift shift(ShiftRow r) {
        Shift.Closing closing = r.closeSeq == null ? null : new Shift.Closing(r.closedBy, r.closedAtMs, r.closeSeq,
                Cash.of(r.countedUsd, r.countedLbp));
        return new Shift(ShiftId.parse(r.id), TerminalId.parse(r.terminalId), r.openedBy, r.openedAtMs, r.openSeq,
                Cash.of(r.floatUsd, r.floatLbp), closing);
    }

    private static MovementRow row(DrawerMovement m) {
        MovementRow r = new MovementRow();
        r.id = m.id().toString();
        r.shiftId = m.shiftId().toString();
        r.kind = m.kind().name();
        r.amountMinor = m.amount().minor();
        r.currency = m.amount().currency().name();
        r.reason = m.reason();
        r.byName = m.by();
        r.approvedBy = m.approvedBy();
        r.atMs = m.atMs();
        r.seq = m.seq();
        return r;
    }

    private static DrawerMovement movement(MovementRow r) {
        return new DrawerMovement(UUID.fromString(r.id), ShiftId.parse(r.shiftId),
                DrawerMovement.Kind.valueOf(r.kind), Money.of(r.amountMinor, Currency.parse(r.currency)), r.reason,
                r.byName, r.approvedBy, r.atMs, r.seq);
    }
}
