package cedarpos.server.printing.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.protocol.v1.Catalog;
import cedarpos.server.access.AuditLog;
import cedarpos.server.changelog.BranchLock;
import cedarpos.server.changelog.ChangeLog;
import cedarpos.server.enrollment.Enrollments;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.branch.Branches;
import cedarpos.server.printing.PrintingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * A manager's changes to how a branch prints: the whole setup at once, or one terminal's receipt printer. Like the
 * cashier's changes, each is made under the branch lock, audited, and sent at once as a new catalog to every
 * connected terminal of the branch (one that is offline gets it with its next welcome); any refusal rolls the whole
 * change back, the catalog version included.
 */
@ApplicationScoped
public class PrintingChanges {
    private static final Logger LOG = Logger.getLogger(PrintingChanges.class.getName());

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Enrollments enrollments;

    @Inject
    private PrintingSettings printing;

    @Inject
    private Branches branches;

    @Inject
    private AuditLog audit;

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
        BranchLock lock = changeLog.lock(branch);
        int i = 0;
        for (TerminalId t : setup.receiptPrinters().keySet()) {
            if (!enrollments.isEnrolledIn(t, branch)) {
                throw RequestRefused.invalidField("receiptPrinters[" + i + "].terminalId", "receiptPrinters: terminal "
                        + t + " is not enrolled in this branch");
            }
            i++;
        }
        PrintingSetup before = printing.replace(branch, setup);
        Catalog catalog = lock.setupChanged();
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
        BranchLock lock = changeLog.lock(branch);
        if (!enrollments.isEnrolledIn(terminal, branch)) {
            throw new RequestRefused(404, "UNKNOWN_TERMINAL", "no terminal " + terminal + " is enrolled in branch "
                    + branch);
        }
        String before = printing.setReceiptPrinter(branch, terminal, printer).receiptPrinters().get(terminal);
        if (Objects.equals(before, printer)) {
            return new ReceiptPrinterSet(before, printer, branches.branch(branch).orElseThrow().catalogVersion());
        }
        Catalog catalog = lock.setupChanged();
        String action = printer == null ? "RECEIPT_PRINTER_CLEARED" : "RECEIPT_PRINTER_SET";
        audit.record(manager, action, branch, terminal.toString(), "printer " + (before == null ? "none" : before)
                + " -> " + (printer == null ? "none" : printer) + " catalogVersion=" + catalog.version());
        LOG.info(() -> "receipt printer set branch=" + branch + " terminal=" + terminal + " printer=" + before + "->"
                + printer + " by=" + manager + " catalogVersion=" + catalog.version());
        return new ReceiptPrinterSet(before, printer, catalog.version());
    }

    /** Counts, not the setup itself: an audit row's detail is short. */
    private static String describe(PrintingSetup s) {
        return s.printers().size() + " printers, " + s.stations().size() + " stations (default "
                + (s.defaultStation() == null ? "none" : s.defaultStation()) + "), " + s.categoryRoutes().size()
                + " category routes, " + s.itemRoutes().size() + " item routes, " + s.receiptPrinters().size()
                + " receipt printers";
    }
}
