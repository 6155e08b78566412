/**
 * The catalog as terminals receive it: one versioned snapshot composed from the modules that own its parts (branch,
 * floor, inventory, printing). {@link cedarpos.server.catalog.Catalogs} answers the current one (for the welcome);
 * the publisher observes {@link cedarpos.server.changelog.BranchSetupChanged} inside the changing transaction,
 * gives the branch its next catalog version and fires {@link cedarpos.server.broadcast.BranchCatalogChanged},
 * delivered after commit. Depends on: branch, floor, inventory, printing, changelog, broadcast.
 */
package cedarpos.server.catalog;
