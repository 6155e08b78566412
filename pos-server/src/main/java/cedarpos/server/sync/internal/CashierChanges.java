package cedarpos.server.sync.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Vat;
import cedarpos.domain.staff.Role;
import cedarpos.protocol.v1.Catalog;
import cedarpos.server.admin.AuditLog;
import cedarpos.server.broadcast.BranchCatalogChanged;
import cedarpos.server.table.CashierSettings;
import cedarpos.server.table.CatalogService;
import cedarpos.server.table.TerminalStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A manager's changes to what the tills need to take payment: the rate of the day, VAT, and the staff who sign in.
 * Each is made under the branch lock (catalog versions go up one at a time; two managers cannot give two members
 * the same PIN at once), audited, and sent at once as a new catalog to every connected terminal of the branch (one
 * that is offline gets it with its next welcome). Any refusal rolls the whole change back, the version included.
 */
@ApplicationScoped
public class CashierChanges {
    private static final Logger LOG = Logger.getLogger(CashierChanges.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private CashierSettings settings;

    @Inject
    private TerminalStaff staff;

    @Inject
    private CatalogService catalogs;

    @Inject
    private CatalogSnapshots snapshots;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<BranchCatalogChanged> catalogChanged;

    /** @param before null when the branch had no rate yet */
    public record RateSet(ExchangeRate before, ExchangeRate rate, long setAtMs, long catalogVersion) {
    }

    public record VatSet(Vat before, Vat vat, long catalogVersion) {
    }

    public record StaffChanged(TerminalStaff.Member member, long catalogVersion) {
    }

    @Transactional
    public RateSet setRate(BranchId branch, ExchangeRate rate, String manager) {
        ManagerChanges.lockHead(em, branch);
        long now = System.currentTimeMillis();
        BranchSettings before = settings.setRate(branch, rate, now);
        long version = publish(branch);
        String old = before.rate() == null ? "unset" : Long.toString(before.rate().lbpPerUsd());
        audit.record(manager, "EXCHANGE_RATE_SET", branch, branch.toString(), "lbpPerUsd " + old + " -> "
                + rate.lbpPerUsd() + " catalogVersion=" + version);
        LOG.info(() -> "exchange rate set branch=" + branch + " lbpPerUsd=" + old + "->" + rate.lbpPerUsd() + " by="
                + manager + " catalogVersion=" + version);
        return new RateSet(before.rate(), rate, now, version);
    }

    @Transactional
    public VatSet setVat(BranchId branch, Vat vat, String manager) {
        ManagerChanges.lockHead(em, branch);
        Vat before = settings.setVat(branch, vat).vat();
        long version = publish(branch);
        audit.record(manager, "VAT_SET", branch, branch.toString(), "vat " + describe(before) + " -> "
                + describe(vat) + " catalogVersion=" + version);
        LOG.info(() -> "vat set branch=" + branch + " vat=" + describe(before) + "->" + describe(vat) + " by="
                + manager + " catalogVersion=" + version);
        return new VatSet(before, vat, version);
    }

    /** @throws cedarpos.server.platform.RequestRefused see {@link TerminalStaff#add} */
    @Transactional
    public StaffChanged addStaff(BranchId branch, String name, Role role, char[] pin, String manager) {
        ManagerChanges.lockHead(em, branch);
        TerminalStaff.Member m = staff.add(branch, name, role, pin);
        long version = publish(branch);
        audit.record(manager, "STAFF_MEMBER_ADDED", branch, m.id().toString(), "name=" + m.name() + " role="
                + m.role() + " catalogVersion=" + version);
        LOG.info(() -> "staff member added branch=" + branch + " member=" + m.id() + " role=" + m.role() + " by="
                + manager + " catalogVersion=" + version);
        return new StaffChanged(m, version);
    }

    /** @throws cedarpos.server.platform.RequestRefused see {@link TerminalStaff#changePin} */
    @Transactional
    public StaffChanged changePin(BranchId branch, UUID member, char[] pin, String manager) {
        ManagerChanges.lockHead(em, branch);
        TerminalStaff.Member m = staff.changePin(branch, member, pin);
        long version = publish(branch);
        audit.record(manager, "STAFF_PIN_CHANGED", branch, m.id().toString(), "name=" + m.name()
                + " catalogVersion=" + version);
        LOG.info(() -> "staff PIN changed branch=" + branch + " member=" + m.id() + " by=" + manager
                + " catalogVersion=" + version);
        return new StaffChanged(m, version);
    }

    /**
     * Deactivates a member; one already deactivated changes nothing (no new catalog, no audit row).
     *
     * @throws cedarpos.server.platform.RequestRefused see {@link TerminalStaff#deactivate}
     */
    @Transactional
    public StaffChanged deactivate(BranchId branch, UUID member, String manager) {
        ManagerChanges.lockHead(em, branch);
        TerminalStaff.Member before = staff.deactivate(branch, member);
        if (!before.active()) {
            return new StaffChanged(before, catalogs.branch(branch).orElseThrow().catalogVersion());
        }
        long version = publish(branch);
        audit.record(manager, "STAFF_MEMBER_DEACTIVATED", branch, before.id().toString(), "name=" + before.name()
                + " role=" + before.role() + " catalogVersion=" + version);
        LOG.info(() -> "staff member deactivated branch=" + branch + " member=" + member + " by=" + manager
                + " catalogVersion=" + version);
        return new StaffChanged(new TerminalStaff.Member(before.id(), before.name(), before.role(), false), version);
    }

    /** A new catalog version, sent to the branch's connected terminals once the transaction commits. */
    private long publish(BranchId branch) {
        catalogs.bumpVersion(branch);
        Catalog catalog = snapshots.of(branch).orElseThrow();
        catalogChanged.fire(new BranchCatalogChanged(branch, catalog));
        return catalog.version();
    }

    private static String describe(Vat vat) {
        return vat.basisPoints() + "bp " + (vat.included() ? "included" : "added");
    }
}
