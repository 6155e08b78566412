package cedarpos.server.printing;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.printing.PrintingSetup;
import java.util.Optional;

/**
 * How a branch prints: its printers, kitchen stations, routes from menu categories and dishes to stations, its
 * default station and each terminal's receipt printer. Every method joins the caller's transaction; refusals are
 * {@link cedarpos.server.platform.RequestRefused} and roll it back.
 */
public interface PrintingSettings {
    /** The longest menu category a route can name (menu_item.category). */
    int MAX_CATEGORY = 100;

    /**
     * Empty for an unknown branch; {@link PrintingSetup#NONE} for a branch without printers. Rows the database let
     * through but the domain refuses are logged and read as {@link PrintingSetup#NONE}, so they cannot keep the
     * rest of the catalog from the tills.
     */
    Optional<PrintingSetup> setup(BranchId branch);

    /**
     * Replaces the branch's whole setup. The caller has checked that every terminal it names is one of the branch's.
     *
     * @return the setup before
     * @throws cedarpos.server.platform.RequestRefused 404 UNKNOWN_BRANCH; 400 INVALID_FIELD when an item route names
     *                                                 a dish that is not on the branch's menu or a category is longer
     *                                                 than {@link #MAX_CATEGORY}
     */
    PrintingSetup replace(BranchId branch, PrintingSetup setup);

    /**
     * Gives a terminal of the branch (the caller has checked it is one) its receipt printer, or none.
     *
     * @param printer a printer code of the branch, or null to clear
     * @return the setup before
     * @throws cedarpos.server.platform.RequestRefused 404 UNKNOWN_BRANCH, 400 UNKNOWN_PRINTER
     */
    PrintingSetup setReceiptPrinter(BranchId branch, TerminalId terminal, String printer);
}
