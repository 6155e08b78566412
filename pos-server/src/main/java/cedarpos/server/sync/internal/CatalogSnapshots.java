package cedarpos.server.sync.internal;

import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Catalog;
import cedarpos.server.inventory.Recipes;
import cedarpos.server.inventory.Stock;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.server.table.CashierSettings;
import cedarpos.server.table.CatalogService;
import cedarpos.server.table.PrintingSettings;
import cedarpos.server.table.TerminalStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The catalog as terminals receive it: the table module's menu, floor plan, rate, VAT, modifier groups, active
 * staff and printing setup with the inventory module's stock items and recipes. One composition for the welcome and for the catalog
 * sent when a manager changes any of it.
 */
@ApplicationScoped
class CatalogSnapshots {
    @Inject
    private CatalogService catalogs;

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

    /** Empty for a branch that does not exist. */
    @Transactional(Transactional.TxType.REQUIRED)
    Optional<Catalog> of(BranchId branch) {
        return catalogs.catalog(branch).map(c -> c.withStock(stock.snapshot(branch), recipes.all(branch))
                .withCashier(cashier.settings(branch).orElse(BranchSettings.NONE), cashier.modifierGroups(branch),
                        staff.active(branch))
                .withPrinting(printing.setup(branch).orElse(PrintingSetup.NONE)));
    }
}
