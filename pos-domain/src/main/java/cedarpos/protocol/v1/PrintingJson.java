package cedarpos.protocol.v1;

import cedarpos.domain.MenuItemId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.printing.PaperWidth;
import cedarpos.domain.printing.Printer;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.domain.printing.Station;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON of a branch's printing setup, the catalog's optional {@code printing} object. A catalog without it has no
 * printers, which is how catalogs written before printing read.
 */
public final class PrintingJson {
    private static final int MAX_ROUTES = 5000;

    private PrintingJson() {
    }

    public static JsonObjectBuilder encode(PrintingSetup p) {
        JsonArrayBuilder printers = Jsons.arrayBuilder();
        for (Printer x : p.printers()) {
            printers.add(Jsons.objectBuilder().add("code", x.code()).add("name", x.name()).add("host", x.host())
                    .add("port", x.port()).add("paper", x.paper().name()));
        }
        JsonArrayBuilder stations = Jsons.arrayBuilder();
        for (Station s : p.stations()) {
            JsonObjectBuilder b = Jsons.objectBuilder().add("code", s.code()).add("nameEn", s.nameEn())
                    .add("nameAr", s.nameAr()).add("printer", s.printer())
                    .add("fallbackAfterSeconds", s.fallbackAfterSeconds());
            if (s.fallback() != null) {
                b.add("fallback", s.fallback());
            }
            stations.add(b);
        }
        JsonArrayBuilder categories = Jsons.arrayBuilder();
        p.categoryRoutes().forEach((c, s) -> categories.add(Jsons.objectBuilder().add("category", c)
                .add("station", s)));
        JsonArrayBuilder items = Jsons.arrayBuilder();
        p.itemRoutes().forEach((i, s) -> items.add(Jsons.objectBuilder().add("itemId", i.toString())
                .add("station", s)));
        JsonArrayBuilder receipts = Jsons.arrayBuilder();
        p.receiptPrinters().forEach((t, x) -> receipts.add(Jsons.objectBuilder().add("terminalId", t.toString())
                .add("printer", x)));
        JsonObjectBuilder b = Jsons.objectBuilder().add("printers", printers).add("stations", stations)
                .add("categoryRoutes", categories).add("itemRoutes", items).add("receiptPrinters", receipts);
        if (p.defaultStation() != null) {
            b.add("defaultStation", p.defaultStation());
        }
        return b;
    }

    /** The catalog's printing setup, or {@link PrintingSetup#NONE} when it has none. */
    static PrintingSetup decode(Fields catalog) throws ProtocolException {
        Fields f = catalog.optionalNested("printing");
        return f == null ? PrintingSetup.NONE : decodeSetup(f);
    }

    /** A printing setup object (as the catalog or the admin API carries it), every reference checked. */
    public static PrintingSetup decodeSetup(Fields f) throws ProtocolException {
        List<Printer> printers = new ArrayList<>();
        for (Fields x : list(f, "printers", PrintingSetup.MAX_PRINTERS)) {
            try {
                printers.add(new Printer(x.string("code"), x.string("name"), x.string("host"),
                        x.intValue("port", 1, 65535), OrderJsonValues.enumValue(x, "paper", PaperWidth.class)));
            } catch (IllegalArgumentException e) {
                throw x.refused(e);
            }
        }
        List<Station> stations = new ArrayList<>();
        for (Fields s : list(f, "stations", PrintingSetup.MAX_STATIONS)) {
            try {
                stations.add(new Station(s.string("code"), s.string("nameEn"), s.string("nameAr"),
                        s.string("printer"), s.optionalString("fallback"), s.has("fallbackAfterSeconds")
                        ? s.intValue("fallbackAfterSeconds", 1, Station.MAX_FALLBACK_SECONDS)
                        : Station.DEFAULT_FALLBACK_SECONDS));
            } catch (IllegalArgumentException e) {
                throw s.refused(e);
            }
        }
        Map<String, String> categories = new LinkedHashMap<>();
        for (Fields r : list(f, "categoryRoutes", MAX_ROUTES)) {
            categories.put(r.string("category"), r.string("station"));
        }
        Map<MenuItemId, String> items = new LinkedHashMap<>();
        for (Fields r : list(f, "itemRoutes", MAX_ROUTES)) {
            items.put(new MenuItemId(r.uuid("itemId")), r.string("station"));
        }
        Map<TerminalId, String> receipts = new LinkedHashMap<>();
        for (Fields r : list(f, "receiptPrinters", MAX_ROUTES)) {
            receipts.put(new TerminalId(r.uuid("terminalId")), r.string("printer"));
        }
        try {
            return new PrintingSetup(printers, stations, categories, items, f.optionalString("defaultStation"),
                    receipts);
        } catch (IllegalArgumentException e) {
            throw f.refused(e);
        }
    }

    private static List<Fields> list(Fields f, String name, int max) throws ProtocolException {
        return f.has(name) ? f.objects(name, max) : List.of();
    }
}
