package cedarpos.server.printing.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.printing.Printer;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.domain.printing.Station;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.branch.Branches;
import cedarpos.server.printing.PrintingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JpaPrintingSettings implements PrintingSettings {
    private static final Logger LOG = Logger.getLogger(JpaPrintingSettings.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private Branches catalog;

    /** The branch's rows, each list in the order the setup keeps. */
    private record Rows(List<PrinterEntity> printers, List<KitchenStationEntity> stations,
                        List<CategoryRouteEntity> categories, List<ItemRouteEntity> items,
                        List<ReceiptPrinterEntity> receipts) {
    }

    @Override
    public Optional<PrintingSetup> setup(BranchId branch) {
        PrintingBranchEntity b = em.find(PrintingBranchEntity.class, branch.toString());
        return b == null ? Optional.empty() : Optional.of(setup(b, rows(b.id())));
    }

    @Override
    public PrintingSetup replace(BranchId branch, PrintingSetup setup) {
        PrintingBranchEntity b = require(branch);
        requireOnMenu(b.id(), setup.itemRoutes().keySet());
        int i = 0;
        for (String category : setup.categoryRoutes().keySet()) {
            if (category.length() > MAX_CATEGORY) {
                throw RequestRefused.invalidField("categoryRoutes[" + i + "].category",
                        "categoryRoutes: a menu category has at most " + MAX_CATEGORY + " characters");
            }
            i++;
        }
        Rows old = rows(b.id());
        PrintingSetup before = setup(b, old);
        // bulk deletes, then the new rows in the order their foreign keys allow, one flush per step: EclipseLink
        // orders a flush by the entities' relationships, and these rows name each other by code only. The old rows
        // leave the persistence context first, so new rows may take their keys.
        List.of(old.receipts(), old.items(), old.categories(), old.stations(), old.printers())
                .forEach(list -> list.forEach(em::detach));
        b.setDefaultStation(null);
        em.flush();
        for (String entity : List.of("ReceiptPrinter", "ItemRoute", "CategoryRoute", "KitchenStation", "Printer")) {
            em.createNamedQuery(entity + ".deleteByBranch").setParameter("branchId", b.id()).executeUpdate();
        }
        int order = 0;
        for (Printer p : setup.printers()) {
            em.persist(new PrinterEntity(b.id(), p, ++order));
        }
        em.flush();
        order = 0;
        for (Station s : setup.stations()) {
            em.persist(new KitchenStationEntity(b.id(), s, ++order));
        }
        em.flush();
        setup.categoryRoutes().forEach((category, station) -> em.persist(new CategoryRouteEntity(b.id(), category,
                station)));
        setup.itemRoutes().forEach((item, station) -> em.persist(new ItemRouteEntity(item.toString(), b.id(),
                station)));
        setup.receiptPrinters().forEach((terminal, printer) -> em.persist(new ReceiptPrinterEntity(
                terminal.toString(), b.id(), printer)));
        b.setDefaultStation(setup.defaultStation());
        em.flush();
        return before;
    }

    @Override
    public PrintingSetup setReceiptPrinter(BranchId branch, TerminalId terminal, String printer) {
        PrintingBranchEntity b = require(branch);
        PrintingSetup before = setup(b, rows(b.id()));
        if (printer != null && before.printer(printer).isEmpty()) {
            throw new RequestRefused(400, "UNKNOWN_PRINTER", "printer " + printer
                    + " is not one of this branch's printers");
        }
        ReceiptPrinterEntity row = em.find(ReceiptPrinterEntity.class, terminal.toString());
        if (row != null && !row.branchId().equals(b.id())) {
            throw new RequestRefused(404, "UNKNOWN_TERMINAL", "no terminal " + terminal + " in branch " + branch);
        }
        if (printer == null) {
            if (row != null) {
                em.remove(row);
            }
        } else if (row == null) {
            em.persist(new ReceiptPrinterEntity(terminal.toString(), b.id(), printer));
        } else {
            row.setPrinter(printer);
        }
        em.flush();
        return before;
    }

    private Rows rows(String branchId) {
        return new Rows(
                em.createNamedQuery("Printer.findByBranch", PrinterEntity.class).setParameter("branchId", branchId)
                        .getResultList(),
                em.createNamedQuery("KitchenStation.findByBranch", KitchenStationEntity.class)
                        .setParameter("branchId", branchId).getResultList(),
                em.createNamedQuery("CategoryRoute.findByBranch", CategoryRouteEntity.class)
                        .setParameter("branchId", branchId).getResultList(),
                em.createNamedQuery("ItemRoute.findByBranch", ItemRouteEntity.class).setParameter("branchId", branchId)
                        .getResultList(),
                em.createNamedQuery("ReceiptPrinter.findByBranch", ReceiptPrinterEntity.class)
                        .setParameter("branchId", branchId).getResultList());
    }

    private static PrintingSetup setup(PrintingBranchEntity b, Rows rows) {
        try {
            Map<String, String> categories = new LinkedHashMap<>();
            rows.categories().forEach(r -> categories.put(r.category(), r.station()));
            Map<MenuItemId, String> items = new LinkedHashMap<>();
            for (ItemRouteEntity r : rows.items()) {
                items.put(MenuItemId.parse(r.menuItemId()), r.station());
            }
            Map<TerminalId, String> receipts = new LinkedHashMap<>();
            for (ReceiptPrinterEntity r : rows.receipts()) {
                receipts.put(TerminalId.parse(r.terminalId()), r.printer());
            }
            return new PrintingSetup(rows.printers().stream().map(PrinterEntity::toPrinter).toList(),
                    rows.stations().stream().map(KitchenStationEntity::toStation).toList(), categories, items,
                    b.defaultStation(), receipts);
        } catch (IllegalArgumentException e) {
            // the constraints let little like this in (a code in capitals, say); the rest of the catalog must still
            // reach the tills
            LOG.warning(() -> "printing setup left out of the catalog branch=" + b.id() + ": " + e.getMessage());
            return PrintingSetup.NONE;
        }
    }

    private void requireOnMenu(String branchId, Set<MenuItemId> items) {
        Set<MenuItemId> found = catalog.menuItemsAmong(BranchId.parse(branchId), items);
        int i = 0;
        for (MenuItemId item : items) {
            if (!found.contains(item)) {
                throw RequestRefused.invalidField("itemRoutes[" + i + "].itemId", "itemRoutes: menu item " + item
                        + " is not on this branch's menu");
            }
            i++;
        }
    }

    private PrintingBranchEntity require(BranchId branch) {
        PrintingBranchEntity b = em.find(PrintingBranchEntity.class, branch.toString());
        if (b == null) {
            throw new RequestRefused(404, "UNKNOWN_BRANCH", "no branch " + branch);
        }
        return b;
    }
}
