package cedarpos.domain.printing;

import cedarpos.domain.InvalidComponent;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.TerminalId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a branch prints: its printers, its kitchen stations, which station makes each dish (an item's own route wins
 * over its category's, and the default station takes the rest) and each terminal's receipt printer. Every
 * reference is checked, so a setup that names a printer or station it does not have cannot exist.
 */
public record PrintingSetup(List<Printer> printers, List<Station> stations, Map<String, String> categoryRoutes,
                            Map<MenuItemId, String> itemRoutes, String defaultStation,
                            Map<TerminalId, String> receiptPrinters) {
    public static final int MAX_PRINTERS = 100;
    public static final int MAX_STATIONS = 100;
    public static final PrintingSetup NONE = new PrintingSetup(List.of(), List.of(), Map.of(), Map.of(), null,
            Map.of());
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public PrintingSetup {
        printers = List.copyOf(printers);
        stations = List.copyOf(stations);
        categoryRoutes = Collections.unmodifiableMap(new LinkedHashMap<>(categoryRoutes));
        itemRoutes = Collections.unmodifiableMap(new LinkedHashMap<>(itemRoutes));
        receiptPrinters = Collections.unmodifiableMap(new LinkedHashMap<>(receiptPrinters));
        if (printers.size() > MAX_PRINTERS || stations.size() > MAX_STATIONS) {
            throw new InvalidComponent(printers.size() > MAX_PRINTERS ? "printers" : "stations", "a branch has at most "
                    + MAX_PRINTERS + " printers and " + MAX_STATIONS + " stations");
        }
        // each refusal names the part at fault as the JSON of the setup does (docs/protocol.md, "printing")
        Map<String, Printer> byCode = new LinkedHashMap<>();
        for (int i = 0; i < printers.size(); i++) {
            Printer p = printers.get(i);
            if (byCode.put(p.code(), p) != null) {
                throw new InvalidComponent("printers[" + i + "].code", "printer code " + p.code()
                        + " is used twice");
            }
        }
        Map<String, Station> stationByCode = new LinkedHashMap<>();
        for (int i = 0; i < stations.size(); i++) {
            Station s = stations.get(i);
            String at = "stations[" + i + "].";
            if (stationByCode.put(s.code(), s) != null) {
                throw new InvalidComponent(at + "code", "station code " + s.code() + " is used twice");
            }
            known(byCode, s.printer(), "station " + s.code(), at + "printer");
            if (s.fallback() != null) {
                known(byCode, s.fallback(), "station " + s.code() + " (fallback)", at + "fallback");
            }
        }
        int i = 0;
        for (Map.Entry<String, String> route : categoryRoutes.entrySet()) {
            String at = "categoryRoutes[" + i++ + "].";
            if (route.getKey() == null || route.getKey().isBlank()) {
                throw new InvalidComponent(at + "category", "a route needs its menu category");
            }
            known(stationByCode, route.getValue(), "category " + route.getKey(), at + "station");
        }
        i = 0;
        for (Map.Entry<MenuItemId, String> route : itemRoutes.entrySet()) {
            known(stationByCode, route.getValue(), "menu item " + route.getKey(),
                    "itemRoutes[" + i++ + "].station");
        }
        if (defaultStation != null) {
            known(stationByCode, defaultStation, "the default route", "defaultStation");
        } else if (!stations.isEmpty()) {
            throw new InvalidComponent("defaultStation",
                    "a branch with stations needs a default station for unrouted dishes");
        }
        i = 0;
        for (Map.Entry<TerminalId, String> receipt : receiptPrinters.entrySet()) {
            known(byCode, receipt.getValue(), "terminal " + receipt.getKey(), "receiptPrinters[" + i++ + "].printer");
        }
    }

    /** @param component where {@code code} sits in the setup, for the refusal */
    private static void known(Map<String, ?> codes, String code, String where, String component) {
        if (code == null || !codes.containsKey(code)) {
            throw new InvalidComponent(component, where + " names " + (code == null ? "nothing" : code)
                    + ", which this branch does not have");
        }
    }

    /** @param component the record component that holds the code, for the refusal */
    static String code(String code, String what, String component) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidComponent(component, what
                    + " must be 1 to 40 lower-case letters, digits or dashes, got: " + code);
        }
        return code;
    }

    /** Whether the branch prints kitchen tickets at all. */
    public boolean hasStations() {
        return !stations.isEmpty();
    }

    /** The station that makes {@code item}: its own route, else its category's, else the default; empty if none. */
    public Optional<Station> stationFor(MenuItem item) {
        return stationFor(item.id(), item.category());
    }

    /** {@link #stationFor(MenuItem)} by id and category (an item gone from today's menu still routes). */
    public Optional<Station> stationFor(MenuItemId item, String category) {
        String code = itemRoutes.get(item);
        if (code == null && category != null) {
            code = categoryRoutes.get(category);
        }
        if (code == null) {
            code = defaultStation;
        }
        return station(code);
    }

    public Optional<Station> station(String code) {
        return stations.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<Printer> printer(String code) {
        return printers.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The terminal's receipt printer, if it has one. */
    public Optional<Printer> receiptPrinter(TerminalId terminal) {
        String code = receiptPrinters.get(terminal);
        return code == null ? Optional.empty() : printer(code);
    }
}
