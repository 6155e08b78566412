package cedarpos.server.branch.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Vat;
import cedarpos.domain.staff.Role;
import cedarpos.server.access.AuditLog;
import cedarpos.server.branch.CashierSettings;
import cedarpos.server.branch.Branches;
import cedarpos.server.branch.TerminalStaff;
import cedarpos.server.changelog.BranchLock;
import cedarpos.server.changelog.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    private ChangeLog changeLog;

    @Inject
    private CashierSettings settings;

    @Inject
    private TerminalStaff staff;

    @Inject
    private Branches catalogs;

    @Inject
    private AuditLog audit;

    /** @param before null when the branch had no rate yet */
    public record RateSet(ExchangeRate before, ExchangeRate rate, long setAtMs, long catalogVersion) {
    }

    public record VatSet(Vat before, Vat vat, long catalogVersion) {
    }

    public record StaffChanged(TerminalStaff.Member member, long catalogVersion) {
    }

    @Transactional
    public RateSet setRate(BranchId branch, ExchangeRate rate, String manager) {
        BranchLock lock = changeLog.lock(branch);
        long now = System.currentTimeMillis();
        BranchSettings before = settings.setRate(branch, rate, now);
        long version = lock.setupChanged().version();
        String old = before.rate() == null ? "unset" : Long.toString(before.rate().lbpPerUsd());
        audit.record(manager, "EXCHANGE_RATE_SET", branch, branch.toString(), "lbpPerUsd " + old + " -> "
                + rate.lbpPerUsd() + " catalogVersion=" + version);
        LOG.info(() -> "exchange rate set branch=" + branch + " lbpPerUsd=" + old + "->" + rate.lbpPerUsd() + " by="
                + manager + " catalogVersion=" + version);
        return new RateSet(before.rate(), rate, now, version);
    }

    @Transactional
    public VatSet setVat(BranchId branch, Vat vat, String manager) {
        BranchLock lock = changeLog.lock(branch);
        Vat before = settings.setVat(branch, vat).vat();
        long version = lock.setupChanged().version();
        audit.record(manager, "VAT_SET", branch, branch.toString(), "vat " + describe(before) + " -> "
                + describe(vat) + " catalogVersion=" + version);
        LOG.info(() -> "vat set branch=" + branch + " vat=" + describe(before) + "->" + describe(vat) + " by="
                + manager + " catalogVersion=" + version);
        return new VatSet(before, vat, version);
    }

    /** @throws cedarpos.server.platform.RequestRefused see {@link TerminalStaff#add} */
    @Transactional
    public StaffChanged addStaff(BranchId branch, String name, Role role, char[] pin, String manager) {
        BranchLock lock = changeLog.lock(branch);
        TerminalStaff.Member m = staff.add(branch, name, role, pin);
        long version = lock.setupChanged().version();
        audit.record(manager, "STAFF_MEMBER_ADDED", branch, m.id().toString(), "name=" + m.name() + " role="
                + m.role() + " catalogVersion=" + version);
        LOG.info(() -> "staff member added branch=" + branch + " member=" + m.id() + " role=" + m.role() + " by="
                + manager + " catalogVersion=" + version);
        return new StaffChanged(m, version);
    }

    /** @throws cedarpos.server.platform.RequestRefused see {@link TerminalStaff#changePin} */
    @Transactional
    public StaffChanged changePin(BranchId branch, UUID member, char[] pin, String manager) {
        BranchLock lock = changeLog.lock(branch);
        TerminalStaff.Member m = staff.changePin(branch, member, pin);
        long version = lock.setupChanged().version();
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
        BranchLock lock = changeLog.lock(branch);
        TerminalStaff.Member before = staff.deactivate(branch, member);
        if (!before.active()) {
            return new StaffChanged(before, catalogs.branch(branch).orElseThrow().catalogVersion());
        }
        long version = lock.setupChanged().version();
        audit.record(manager, "STAFF_MEMBER_DEACTIVATED", branch, before.id().toString(), "name=" + before.name()
                + " role=" + before.role() + " catalogVersion=" + version);
        LOG.info(() -> "staff member deactivated branch=" + branch + " member=" + member + " by=" + manager
                + " catalogVersion=" + version);
        return new StaffChanged(new TerminalStaff.Member(before.id(), before.name(), before.role(), false), version);
    }

    private static String describe(Vat vat) {
        return vat.basisPoints() + "bp " + (vat.included() ? "included" : "added");
    }
}
