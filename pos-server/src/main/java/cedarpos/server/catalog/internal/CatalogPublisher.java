package cedarpos.server.catalog.internal;

import cedarpos.protocol.v1.Catalog;
import cedarpos.server.branch.Branches;
import cedarpos.server.broadcast.BranchCatalogChanged;
import cedarpos.server.catalog.Catalogs;
import cedarpos.server.changelog.BranchSetupChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Turns a setup change into a catalog: inside the changing transaction (which holds the branch lock, so versions go
 * up one at a time) the branch gets its next catalog version and the catalog is composed; it reaches the branch's
 * connected terminals only once the transaction commits ({@link BranchCatalogChanged}). A terminal that is offline
 * gets it with its next welcome. A refusal later in the transaction rolls the version back with the change.
 */
@ApplicationScoped
public class CatalogPublisher {
    @Inject
    private Branches branches;

    @Inject
    private Catalogs catalogs;

    @Inject
    private Event<BranchCatalogChanged> catalogChanged;

    void publish(@Observes BranchSetupChanged change) {
        branches.bumpVersion(change.branch());
        Catalog catalog = catalogs.current(change.branch()).orElseThrow();
        change.published(catalog);
        catalogChanged.fire(new BranchCatalogChanged(change.branch(), catalog));
    }
}
