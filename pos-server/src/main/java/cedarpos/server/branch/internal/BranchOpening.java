package cedarpos.server.branch.internal;

import cedarpos.domain.Currency;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Vat;
import cedarpos.server.branch.BranchInfo;
import cedarpos.server.branch.BranchOpened;
import cedarpos.server.branch.Branches;
import cedarpos.server.branch.CashierSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * An administrator opens a branch ready to trade: the branch, its opening rate and VAT (through the same use cases
 * and audit trail as a manager's later changes) and its tables ({@link BranchOpened}, which the floor lays out), all
 * in one transaction. The caller has checked every field, so nothing here should refuse; if anything does, nothing
 * of the branch remains.
 */
@ApplicationScoped
public class BranchOpening {
    private static final Logger LOG = Logger.getLogger(BranchOpening.class.getName());

    @Inject
    private Branches branches;

    @Inject
    private CashierChanges cashier;

    @Inject
    private CashierSettings settings;

    @Inject
    private Event<BranchOpened> opened;

    /**
     * @param rate   null: no rate yet
     * @param vat    null: the default VAT (0%, included)
     * @param tables null: no tables
     */
    public record Opening(String name, Currency currency, ExchangeRate rate, Vat vat, BranchOpened.Tables tables) {
        public Opening {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(currency, "currency");
        }
    }

    public record Opened(BranchInfo branch, BranchSettings settings, int tables) {
    }

    @Transactional
    public Opened open(Opening o, String admin) {
        BranchInfo created = branches.createBranch(o.name(), o.currency(), admin);
        if (o.rate() != null) {
            cashier.setRate(created.id(), o.rate(), admin);
        }
        if (o.vat() != null) {
            cashier.setVat(created.id(), o.vat(), admin);
        }
        BranchOpened event = new BranchOpened(created.id(), admin, o.tables());
        opened.fire(event);
        int tables = event.tablesLaidOut();
        BranchInfo branch = branches.branch(created.id()).orElseThrow();
        BranchSettings now = settings.settings(created.id()).orElseThrow();
        LOG.info(() -> "branch opened branch=" + branch.id() + " currency=" + branch.currency() + " lbpPerUsd="
                + (now.rate() == null ? "unset" : now.rate().lbpPerUsd()) + " vatBp=" + now.vat().basisPoints()
                + " tables=" + tables + " by=" + admin + " catalogVersion=" + branch.catalogVersion());
        return new Opened(branch, now, tables);
    }
}
