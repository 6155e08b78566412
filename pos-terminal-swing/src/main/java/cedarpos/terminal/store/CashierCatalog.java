package cedarpos.terminal.store;

import cedarpos.domain.ArabicNames;
import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.Modifiers;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.domain.staff.Pin;
import cedarpos.domain.staff.StaffMember;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.domain.MenuItem;
import cedarpos.terminal.store.internal.CashierMapper;
import cedarpos.terminal.store.internal.CatalogMapper;
import cedarpos.terminal.store.internal.RowMapping;
import cedarpos.terminal.store.internal.Rows.MenuRow;
import cedarpos.terminal.store.internal.SqliteDatabase;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;

/**
 * What the cashier's screens take from the last catalog: the menu, the rate of the day and VAT, the modifier groups,
 * the staff who may sign in (PIN hashes only, checked here, offline), and the Arabic names of menu categories and
 * table areas. The cashier part is kept as the snapshot's own protocol JSON in one row and decoded once per catalog.
 */
public final class CashierCatalog {
    private final SqliteDatabase db;
    // guarded by this: a read racing a new catalog must not keep the old one
    private Catalog cached;
    /** Wrong manager PINs on this till, whichever screen they were typed on. */
    private final PinAttempts approvals;

    CashierCatalog(SqliteDatabase db, java.time.Clock clock) {
        this.db = db;
        this.approvals = new PinAttempts(clock);
    }

    /** The lockout of manager approvals on this till: every screen that asks a manager's PIN counts in it. */
    public PinAttempts approvalAttempts() {
        return approvals;
    }

    /**
     * Writes the cashier part of {@code catalog} in the catalog's own transaction.
     *
     * @return whether it differs from what was kept (the catalog's version aside)
     */
    boolean save(SqlSession s, Catalog catalog) {
        CashierMapper m = s.getMapper(CashierMapper.class);
        String before = m.json();
        Catalog part = new Catalog(0, catalog.branchName(), catalog.currency(), List.of(), List.of())
                .withCashier(catalog.settings(), catalog.modifierGroups(), catalog.staff()).withNames(catalog.names());
        String json = ProtocolCodec.encode(part);
        m.save(catalog.version(), json);
        return !json.equals(before);
    }

    /** After the catalog's transaction committed: the next read decodes the new one. */
    synchronized void invalidate() {
        cached = null;
    }

    /** The local menu in display order (sort order, then English name). */
    public List<MenuItem> menu() {
        try (SqlSession s = db.read()) {
            return s.getMapper(CatalogMapper.class).menu().stream().map(RowMapping::menuItem).toList();
        }
    }

    /** Looks up one menu item, for callers that price a draft order before placing it. */
    public Optional<MenuItem> menuItem(MenuItemId id) {
        try (SqlSession s = db.read()) {
            MenuRow row = s.getMapper(CatalogMapper.class).item(id.toString());
            return row == null ? Optional.empty() : Optional.of(RowMapping.menuItem(row));
        }
    }

    public BranchSettings settings() {
        return catalog().settings();
    }

    public List<ModifierGroup> modifierGroups() {
        return catalog().modifierGroups();
    }

    /** The groups a dish asks for, in menu order; empty for most dishes. */
    public List<ModifierGroup> modifiersFor(MenuItemId item) {
        return Modifiers.groupsFor(item, modifierGroups());
    }

    public List<StaffMember> staff() {
        return catalog().staff();
    }

    /** How categories and areas show in Arabic; a catalog kept before there were any has none. */
    public ArabicNames names() {
        return catalog().names();
    }

    /**
     * Who this PIN belongs to, checked against the hashes in the last catalog, so it works offline. Slow on purpose
     * (PBKDF2): call off the EDT. Attempts are limited by the caller.
     */
    public Optional<StaffMember> signIn(char[] pin) {
        for (StaffMember m : staff()) {
            if (Pin.matches(pin, m.pinHash())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The manager whose PIN this is, for an approval on someone else's session: empty for a wrong PIN or one that
     * is not a manager's. Wipes {@code pin}. Slow on purpose, like {@link #signIn}: call off the EDT.
     */
    public Optional<StaffMember> approver(char[] pin) {
        try {
            return signIn(pin).filter(m -> m.role().approves());
        } finally {
            java.util.Arrays.fill(pin, '\0');
        }
    }

    synchronized Catalog catalog() {
        if (cached == null) {
            try (SqlSession s = db.read()) {
                cached = read(s);
            }
        }
        return cached;
    }

    /** Reads the stored part. */
    private static Catalog read(SqlSession s) {
        String json = s.getMapper(CashierMapper.class).json();
        if (json == null) {
            return new Catalog(0, "", Currency.USD, List.of(), List.of());
        }
        try {
            return (Catalog) ProtocolCodec.decode(json);
        } catch (ProtocolException | ClassCastException e) {
            // written by this terminal from a catalog it had decoded: unreadable means a broken file, not bad input
            throw new IllegalStateException("the stored cashier catalog does not read: " + e.getMessage(), e);
        }
    }
}
