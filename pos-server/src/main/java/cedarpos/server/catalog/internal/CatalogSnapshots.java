package cedarpos.server.catalog.internal;

import cedarpos.domain.ArabicNames;
import cedarpos.domain.BranchId;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.protocol.v1.Catalog;
import cedarpos.server.branch.Branches;
import cedarpos.server.branch.CashierSettings;
import cedarpos.server.branch.TerminalStaff;
import cedarpos.server.catalog.Catalogs;
import cedarpos.server.floor.FloorPlan;
import cedarpos.server.inventory.Recipes;
import cedarpos.server.inventory.Stock;
import cedarpos.server.printing.PrintingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** One composition of the catalog, for the welcome and for the catalog sent when a manager changes setup. */
@ApplicationScoped
public class CatalogSnapshots implements Catalogs {
    @Inject
    private Branches branches;

    @Inject
    private FloorPlan floor;

    @Inject
    private Stock stock;

    @Inject
    private Recipes recipes;

    @Inject
    private CashierSettings cashier;

    @Inject
    private TerminalStaff staff;

    @Inject
    private PrintingSettings printing;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<Catalog> current(BranchId branch) {
        return branches.branch(branch).map(b -> new Catalog(b.catalogVersion(), b.name(), b.currency(),
                        floor.tables(branch), branches.menu(branch))
                .withStock(stock.snapshot(branch), recipes.all(branch))
                .withCashier(cashier.settings(branch).orElse(BranchSettings.NONE), cashier.modifierGroups(branch),
                        staff.active(branch))
                .withPrinting(printing.setup(branch).orElse(PrintingSetup.NONE))
                .withNames(new ArabicNames(branches.categoryNamesAr(branch), floor.areaNamesAr(branch))));
    }
}
