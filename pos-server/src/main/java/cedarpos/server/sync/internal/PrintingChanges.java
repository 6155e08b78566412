package cedarpos.server.sync.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.protocol.v1.Catalog;
import cedarpos.server.admin.AuditLog;
import cedarpos.server.broadcast.BranchCatalogChanged;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.table.CatalogService;
import cedarpos.server.table.PrintingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * A manager's changes to how a branch prints: the whole setup at once, or one terminal's receipt printer. Like the
 * cashier's changes, each is made under the branch lock, audited, and sent at once as a new catalog to every
 * connected terminal of the branch (one that is offline gets it with its next welcome); any refusal rolls the whole
 * change back, the catalog version included. Terminals are the sync module's rows, hence the check here.
 */
@ApplicationScoped
public class PrintingChanges {
    private static final Logger LOG = Logger.getLogger(PrintingChanges.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private PrintingSettings printing;

    @Inject
    private CatalogService catalogs;

    @Inject
    private CatalogSnapshots snapshots;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<BranchCatalogChanged> catalogChanged;

    /** @param setup as stored and sent to the terminals */
    public record SetupReplaced(PrintingSetup setup, long catalogVersion) {
    }

    /** @param before the terminal's receipt printer before, or null; {@code printer} likewise after */
    public record ReceiptPrinterSet(String before, String printer, long catalogVersion) {
    }

    /**
     * @throws RequestRefused 404 UNKNOWN_BRANCH; 400 INVALID_FIELD for a receipt printer of a terminal that is not
     *                        enrolled in the branch, or see {@link PrintingSettings#replace}
     */
    @Transactional
    public SetupReplaced replace(BranchId branch, PrintingSetup setup, String manager) {
        ManagerChanges.lockHead(em, branch);
        for (TerminalId t : setup.receiptPrinters().keySet()) {
            if (!isTerminalOf(branch, t)) {
                throw RequestRefused.invalidField("receiptPrinters: terminal " + t + " is not enrolled in this branch");
            }
        }
        PrintingSetup before = printing.replace(branch, setup);
        Catalog catalog = publish(branch);
        audit.record(manager, "PRINTING_SETUP_REPLACED", branch, branch.toString(), describe(before) + " -> "
                + describe(catalog.printing()) + " catalogVersion=" + catalog.version());
        LOG.info(() -> "printing setup replaced branch=" + branch + " " + describe(catalog.printing()) + " by="
                + manager + " catalogVersion=" + catalog.version());
        return new SetupReplaced(catalog.printing(), catalog.version());
    }

    /**
     * Gives the terminal its receipt printer ({@code printer} null: none). Giving it the one it has changes nothing
     * (no new catalog, no audit row).
     *
     * @throws RequestRefused 404 UNKNOWN_BRANCH, 404 UNKNOWN_TERMINAL (not enrolled in this branch), 400
     *                        UNKNOWN_PRINTER
     */
    @Transactional
    public ReceiptPrinterSet setReceiptPrinter(BranchId branch, TerminalId terminal, String printer, String manager) {
        ManagerChanges.lockHead(em, branch);
        if (!isTerminalOf(branch, terminal)) {
            throw new RequestRefused(404, "UNKNOWN_TERMINAL", "no terminal " + terminal + " is enrolled in branch "
                    + branch);
        }
        String before = printing.setReceiptPrinter(branch, terminal, printer).receiptPrinters().get(terminal);
        if (Objects.equals(before, printer)) {
            return new ReceiptPrinterSet(before, printer, catalogs.branch(branch).orElseThrow().catalogVersion());
        }
        Catalog catalog = publish(branch);
        String action = printer == null ? "RECEIPT_PRINTER_CLEARED" : "RECEIPT_PRINTER_SET";
        audit.record(manager, action, branch, terminal.toString(), "printer " + (before == null ? "none" : before)
                + " -> " + (printer == null ? "none" : printer) + " catalogVersion=" + catalog.version());
        LOG.info(() -> "receipt printer set branch=" + branch + " terminal=" + terminal + " printer=" + before + "->"
                + printer + " by=" + manager + " catalogVersion=" + catalog.version());
        return new ReceiptPrinterSet(before, printer, catalog.version());
    }

    private boolean isTerminalOf(BranchId branch, TerminalId terminal) {
        TerminalEntity t = em.find(TerminalEntity.class, terminal.toString());
        return t != null && t.branchId().equals(branch.toString());
    }

    /** A new catalog version, sent to the branch's connected terminals once the transaction commits. */
    private Catalog publish(BranchId branch) {
        catalogs.bumpVersion(branch);
        Catalog catalog = snapshots.of(branch).orElseThrow();
        catalogChanged.fire(new BranchCatalogChanged(branch, catalog));
        return catalog;
    }

    /** Counts, not the setup itself: an audit row's detail is short. */
    private static String describe(PrintingSetup s) {
        return s.printers().size() + " printers, " + s.stations().size() + " stations (default "
                + (s.defaultStation() == null ? "none" : s.defaultStation()) + "), " + s.categoryRoutes().size()
                + " category routes, " + s.itemRoutes().size() + " item routes, " + s.receiptPrinters().size()
                + " receipt printers";
    }
}
