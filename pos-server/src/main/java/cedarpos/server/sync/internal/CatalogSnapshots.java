package cedarpos.server.sync.internal;

import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Catalog;
import cedarpos.server.inventory.Recipes;
import cedarpos.server.inventory.Stock;
import cedarpos.server.table.CatalogService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The catalog as terminals receive it: the table module's menu and floor plan with the inventory module's stock
 * items and recipes. One composition for the welcome and for the catalog sent when a recipe changes.
 */
@ApplicationScoped
class CatalogSnapshots {
    @Inject
    private CatalogService catalogs;

    @Inject
    private Stock stock;

    @Inject
    private Recipes recipes;

    /** Empty for a branch that does not exist. */
    @Transactional(Transactional.TxType.REQUIRED)
    Optional<Catalog> of(BranchId branch) {
        return catalogs.catalog(branch).map(c -> c.withStock(stock.snapshot(branch), recipes.all(branch)));
    }
}
