package cedarpos.server.printing;

import cedarpos.server.testing.ManagerApiIT;
import static cedarpos.server.testing.CashierTill.*;
import static cedarpos.server.testing.DemoBranch.ID;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.printing.PaperWidth;
import cedarpos.domain.printing.Printer;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.domain.printing.Station;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.PrintingJson;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A branch's printing setup on a real Payara: the demo's in the catalog a till receives; a manager's whole setup or
 * one till's receipt printer reaching connected tills at once, audited; bad input refused with its message and
 * nothing changed. Changes are made on branches of their own, except one on the demo branch that is put back.
 */
class PrintingIT extends ManagerApiIT {

    private static SyncClient connected(Enrolled t, String[] raw) {
        SyncClient c = SyncClient.connect(server.wsUrl(), t.token());
        c.send(t.hello(0, admin.changeHead(t.branchId())));
        c.next(Welcome.class);
        raw[0] = c.nextRaw(Duration.ofSeconds(10));
        assertThat(decode(raw[0])).isInstanceOf(Catalog.class);
        return c;
    }

    private static String path(BranchId branch) {
        return "/api/branches/" + branch + "/printing";
    }

    /** Two printers, two stations (the grill falls back to the bar's printer), drinks to the bar, the grill else. */
    private static PrintingSetup twoStations() {
        return new PrintingSetup(List.of(new Printer("grill-1", "Grill", "10.0.0.21", 9100, PaperWidth.MM80),
                new Printer("bar-1", "Bar", "10.0.0.22", 9100, PaperWidth.MM58)),
                List.of(new Station("grill", "Grill", "المشاوي", "grill-1", "bar-1", 45),
                        new Station("bar", "Bar", "البار", "bar-1", null, 60)),
                Map.of("Drinks", "bar"), Map.of(), "grill", Map.of());
    }

    private static JsonObject put(BranchId branch, PrintingSetup setup) {
        return ServerApi.expect(200, "PUT printing", admin.put(path(branch), PrintingJson.encode(setup).build()
                .toString()));
    }

    @Test
    void theDemoSetupIsInTheCatalogATillReceivesAndADishCanHaveItsOwnStation() {
        String[] raw = new String[1];
        try (SyncClient c = connected(admin.enrollNew(ID, "Printing till"), raw)) {
            Catalog catalog = (Catalog) decode(raw[0]);
            PrintingSetup p = catalog.printing();
            assertThat(p.printers()).extracting(x -> x.code() + "@" + x.host() + ":" + x.port() + " " + x.paper())
                    .containsExactly("grill-1@127.0.0.1:9100 MM80", "cold-mezze-1@127.0.0.1:9101 MM80",
                            "bar-1@127.0.0.1:9102 MM58", "dessert-1@127.0.0.1:9103 MM80");
            assertThat(p.stations()).extracting(s -> s.code() + "=" + s.nameEn() + "/" + s.nameAr() + "->"
                    + s.printer()).containsExactly("grill=Grill/المشاوي->grill-1",
                            "cold-mezze=Cold mezze/المازة الباردة->cold-mezze-1",
                            "bar=Bar/البار->bar-1", "dessert=Desserts/الحلويات->dessert-1");
            Station grill = p.station("grill").orElseThrow();
            assertThat(grill.fallback()).isEqualTo("cold-mezze-1");
            assertThat(grill.fallbackAfterSeconds()).isEqualTo(60);
            assertThat(p.station("bar").orElseThrow().fallback()).isNull();
            assertThat(p.defaultStation()).isEqualTo("grill");
            assertThat(p.receiptPrinters()).isEmpty();
            // every dish of the demo menu goes to the station of its category
            Map<String, String> byCategory = catalog.menu().stream().collect(Collectors.toMap(MenuItem::category,
                    m -> p.stationFor(m).orElseThrow().code(), (a, b) -> {
                        assertThat(a).isEqualTo(b);
                        return a;
                    }, LinkedHashMap::new));
            assertThat(byCategory).containsOnly(Map.entry("Mezze", "cold-mezze"), Map.entry("Grills", "grill"),
                    Map.entry("Manakish", "grill"), Map.entry("Drinks", "bar"), Map.entry("Desserts", "dessert"));
            String demo = admin.get(path(ID)).body();
            assertThat(demo).isEqualTo(PrintingJson.encode(p).build().toString());

            // the raw kibbeh is made at the grill's cold corner: its own route wins over its category's
            MenuItemId kibbeh = DemoBranch.KIBBEH_NAYYEH_DISH;
            PrintingSetup routed = new PrintingSetup(p.printers(), p.stations(), p.categoryRoutes(),
                    Map.of(kibbeh, "grill"), "grill", Map.of());
            JsonObject answer = put(ID, routed);
            Catalog next = catalogWithin(c, Duration.ofSeconds(1), raw);
            assertThat(next.version()).isGreaterThan(catalog.version())
                    .isEqualTo(answer.getJsonNumber("catalogVersion").longValue());
            assertThat(next.printing()).isEqualTo(routed);
            assertThat(next.printing().stationFor(kibbeh, "Mezze")).map(Station::code).contains("grill");
            assertThat(next.printing().stationFor(DemoBranch.KAFTA_DISH, "Mezze")).map(Station::code)
                    .contains("cold-mezze");

            put(ID, p);
            assertThat(catalogWithin(c, Duration.ofSeconds(1), raw).printing()).isEqualTo(p);
            assertThat(admin.get(path(ID)).body()).isEqualTo(demo);
        }
    }

    @Test
    void aReplacedSetupReachesAConnectedTillAtOnceAndIsAudited() {
        BranchId branch = admin.createBranch("Printing " + System.nanoTime(), "USD");
        String[] raw = new String[1];
        try (SyncClient c = connected(admin.enrollNew(branch, "Till"), raw)) {
            Catalog first = (Catalog) decode(raw[0]);
            assertThat(first.printing()).isEqualTo(PrintingSetup.NONE);
            assertThat(ServerApi.expect(200, "GET printing", admin.get(path(branch))).getJsonArray("printers"))
                    .isEmpty();

            JsonObject answer = put(branch, twoStations());
            Catalog next = catalogWithin(c, Duration.ofSeconds(1), raw);
            assertThat(next.version()).isGreaterThan(first.version())
                    .isEqualTo(answer.getJsonNumber("catalogVersion").longValue())
                    .isEqualTo(admin.catalogVersion(branch));
            assertThat(next.printing()).isEqualTo(twoStations());
            assertThat(next.printing().station("grill").orElseThrow().fallbackAfterSeconds()).isEqualTo(45);
            assertThat(admin.get(path(branch)).body()).isEqualTo(PrintingJson.encode(twoStations()).build()
                    .toString());

            // replaced as a whole: the bar goes, its printer with it, and nothing is left of its routes
            PrintingSetup grillOnly = new PrintingSetup(List.of(new Printer("grill-1", "Grill", "10.0.0.31", 9100,
                    PaperWidth.MM80)), List.of(new Station("grill", "Grill", "المشاوي", "grill-1", null, 60)),
                    Map.of(), Map.of(), "grill", Map.of());
            put(branch, grillOnly);
            Catalog third = catalogWithin(c, Duration.ofSeconds(1), raw);
            assertThat(third.version()).isEqualTo(next.version() + 1);
            assertThat(third.printing()).isEqualTo(grillOnly);
            put(branch, PrintingSetup.NONE);
            assertThat(catalogWithin(c, Duration.ofSeconds(1), raw).printing()).isEqualTo(PrintingSetup.NONE);

            List<JsonObject> audit = admin.audit(branch, 3).getValuesAs(JsonObject.class);
            assertThat(audit).extracting(a -> a.getString("action")).containsOnly("PRINTING_SETUP_REPLACED");
            assertThat(audit.get(0).getString("detail")).startsWith("1 printers, 1 stations (default grill)")
                    .contains("-> 0 printers, 0 stations (default none)");
            assertThat(audit.get(2).getString("detail")).contains("-> 2 printers, 2 stations (default grill),"
                    + " 1 category routes, 0 item routes, 0 receipt printers catalogVersion=" + next.version());
            assertThat(audit.get(2).getString("actor")).isEqualTo(ItServers.ADMIN_USER);
        }
    }

    @Test
    void badSetupsAreRefusedWithTheirMessageAndChangeNothing() {
        BranchId branch = admin.createBranch("Printing " + System.nanoTime(), "USD");
        String[] raw = new String[1];
        Enrolled elsewhere = admin.enrollNew(ID, "Demo till");
        try (SyncClient c = connected(admin.enrollNew(branch, "Till"), raw)) {
            put(branch, twoStations());
            catalogOf(c, raw);
            String before = admin.get(path(branch)).body();
            long version = admin.catalogVersion(branch);
            int audits = admin.audit(branch, 500).size();
            Map<String, Bad> bad = new LinkedHashMap<>(); // body -> what the refusal must say and name
            refusal(bad, "{\"printers\":[", "not valid JSON", null);
            refusal(bad, "[]", "must be a JSON object", null);
            refusal(bad, "", "must be a JSON object", null);
            refusal(bad, swap(before, "\"station\":\"bar\"", "\"station\":\"pizza\""),
                    "category Drinks names pizza", "categoryRoutes[0].station");
            refusal(bad, swap(before, "\"printer\":\"bar-1\"", "\"printer\":\"bar-2\""),
                    "station bar names bar-2", "stations[1].printer");
            refusal(bad, swap(before, "\"defaultStation\":\"grill\"", "\"defaultStation\":\"oven\""),
                    "oven", "defaultStation");
            refusal(bad, swap(before, "\"defaultStation\":\"grill\"", "\"defaultStation\":null"),
                    "default station", "defaultStation");
            refusal(bad, swap(before, "\"port\":9100,\"paper\":\"MM58\"", "\"port\":0,\"paper\":\"MM58\""),
                    "printers[1].port", "printers[1].port");
            refusal(bad, swap(before, "\"port\":9100,\"paper\":\"MM58\"", "\"port\":65536,\"paper\":\"MM58\""),
                    "printers[1].port", "printers[1].port");
            refusal(bad, swap(before, "\"port\":9100,\"paper\":\"MM58\"", "\"port\":\"9100\",\"paper\":\"MM58\""),
                    "printers[1].port", "printers[1].port");
            refusal(bad, swap(before, "\"paper\":\"MM58\"", "\"paper\":\"MM76\""),
                    "printers[1].paper", "printers[1].paper");
            refusal(bad, swap(before, "\"code\":\"bar-1\"", "\"code\":\"grill-1\""),
                    "printer code grill-1 is used twice", "printers[1].code");
            refusal(bad, swap(before, "\"code\":\"bar\"", "\"code\":\"grill\""),
                    "station code grill is used twice", "stations[1].code");
            refusal(bad, swap(before, "\"code\":\"bar-1\"", "\"code\":\"Bar 1\""), "lower-case", "printers[1].code");
            refusal(bad, swap(before, "\"fallback\":\"bar-1\"", "\"fallback\":\"grill-1\""),
                    "another printer", "stations[0].fallback");
            refusal(bad, swap(before, "\"fallbackAfterSeconds\":45", "\"fallbackAfterSeconds\":0"),
                    "fallbackAfterSeconds", "stations[0].fallbackAfterSeconds");
            refusal(bad, swap(before, "\"categoryRoutes\":[", "\"categoryRoutes\":[{\"category\":\"Drinks\",\"station\":"
                    + "\"grill\"},"), "categoryRoutes: category Drinks is given twice", "categoryRoutes[1].category");
            refusal(bad, swap(before, "\"category\":\"Drinks\"", "\"category\":\"" + "D".repeat(101) + "\""),
                    "at most 100 characters", "categoryRoutes[0].category");
            refusal(bad, swap(before, "\"itemRoutes\":[]", "\"itemRoutes\":[{\"itemId\":\"" + DemoBranch.KAFTA_DISH
                    + "\",\"station\":\"grill\"}]"), "menu item " + DemoBranch.KAFTA_DISH
                    + " is not on this branch's menu", "itemRoutes[0].itemId");
            refusal(bad, swap(before, "\"receiptPrinters\":[]", "\"receiptPrinters\":[{\"terminalId\":\""
                    + elsewhere.terminalId() + "\",\"printer\":\"bar-1\"}]"), "is not enrolled in this branch",
                    "receiptPrinters[0].terminalId");
            refusal(bad, swap(before, "\"receiptPrinters\":[]", "\"receiptPrinters\":[{\"terminalId\":\"till-1\","
                    + "\"printer\":\"bar-1\"}]"), "receiptPrinters[0].terminalId", "receiptPrinters[0].terminalId");
            for (Map.Entry<String, Bad> e : bad.entrySet()) {
                HttpResponse<String> r = admin.put(path(branch), e.getKey());
                assertRefused(r, 400, "INVALID_FIELD");
                assertThat(ServerApi.json(r).getString("message")).as(e.getKey()).contains(e.getValue().message());
                assertThat(ServerApi.json(r).getString("field", null)).as(e.getKey()).isEqualTo(e.getValue().field());
            }

            // oversized: refused before it is read as JSON, whatever it says
            String huge = swap(before, "\"printers\":[", "\"note\":\"" + "x".repeat(300 * 1024) + "\",\"printers\":[");
            HttpResponse<String> tooLarge = admin.put(path(branch), huge);
            assertRefused(tooLarge, 413, "BODY_TOO_LARGE");
            assertThat(ServerApi.json(tooLarge).getString("message")).contains("262144 bytes");
            assertRefused(admin.put(path(BranchId.random()), before), 404, "UNKNOWN_BRANCH");
            assertRefused(admin.get(path(BranchId.random())), 404, "UNKNOWN_BRANCH");
            assertRefused(admin.put("/api/branches/hamra/printing", before), 400, "INVALID_FIELD");
            assertThat(new ServerApi(server.httpUrl()).put(path(branch), before).statusCode()).isEqualTo(401);

            assertThat(admin.get(path(branch)).body()).isEqualTo(before);
            assertThat(admin.catalogVersion(branch)).isEqualTo(version);
            assertThat(admin.audit(branch, 500)).hasSize(audits);
            c.expectSilence(Duration.ofMillis(500));
        }
    }

    @Test
    void aTillsReceiptPrinterIsSetAndClearedAndOnlyForATillOfTheBranchAndOneOfItsPrinters() {
        BranchId branch = admin.createBranch("Printing " + System.nanoTime(), "USD");
        put(branch, twoStations());
        Enrolled till = admin.enrollNew(branch, "Till");
        Enrolled elsewhere = admin.enrollNew(ID, "Demo till");
        String receipts = path(branch) + "/receipt-printers/";
        String[] raw = new String[1];
        try (SyncClient c = connected(till, raw)) {
            Catalog first = (Catalog) decode(raw[0]);
            assertThat(first.printing().receiptPrinter(till.terminalId())).isEmpty();

            JsonObject set = ServerApi.expect(200, "PUT receipt printer", admin.put(receipts + till.terminalId(),
                    "{\"printer\":\"bar-1\"}"));
            assertThat(set.getString("printer")).isEqualTo("bar-1");
            assertThat(set.isNull("previousPrinter")).isTrue();
            Catalog next = catalogWithin(c, Duration.ofSeconds(1), raw);
            assertThat(next.version()).isEqualTo(set.getJsonNumber("catalogVersion").longValue());
            assertThat(next.printing().receiptPrinter(till.terminalId())).map(Printer::code).contains("bar-1");
            assertThat(next.printing().stations()).isEqualTo(twoStations().stations());

            // the same printer again changes nothing
            assertThat(admin.put(receipts + till.terminalId(), "{\"printer\":\"bar-1\"}").statusCode()).isEqualTo(200);
            c.expectSilence(Duration.ofMillis(300));
            String withReceipt = admin.get(path(branch)).body();
            assertThat(withReceipt).contains("{\"terminalId\":\"" + till.terminalId() + "\",\"printer\":\"bar-1\"}");

            long version = admin.catalogVersion(branch);
            Map<String, Supplier<HttpResponse<String>>> refused = new LinkedHashMap<>();
            refused.put("400 UNKNOWN_PRINTER", () -> admin.put(receipts + till.terminalId(),
                    "{\"printer\":\"oven-1\"}"));
            refused.put("404 UNKNOWN_TERMINAL", () -> admin.put(receipts + elsewhere.terminalId(),
                    "{\"printer\":\"bar-1\"}"));
            refused.put("404 UNKNOWN_TERMINAL ", () -> admin.put(receipts + TerminalId.random(),
                    "{\"printer\":\"bar-1\"}"));
            refused.put("404 UNKNOWN_TERMINAL  ", () -> admin.delete(receipts + elsewhere.terminalId()));
            refused.put("400 INVALID_FIELD", () -> admin.put(receipts + till.terminalId(), "{\"printer\":7}"));
            refused.put("400 INVALID_FIELD ", () -> admin.put(receipts + till.terminalId(), "{\"printer\""));
            refused.put("400 INVALID_FIELD  ", () -> admin.put(receipts + "till-1", "{\"printer\":\"bar-1\"}"));
            refused.put("404 UNKNOWN_BRANCH", () -> admin.put(path(BranchId.random()) + "/receipt-printers/"
                    + till.terminalId(), "{\"printer\":\"bar-1\"}"));
            for (Map.Entry<String, Supplier<HttpResponse<String>>> e : refused.entrySet()) {
                String[] expected = e.getKey().strip().split(" ");
                assertRefused(e.getValue().get(), Integer.parseInt(expected[0]), expected[1]);
            }
            assertThat(admin.get(path(branch)).body()).isEqualTo(withReceipt);
            assertThat(admin.catalogVersion(branch)).isEqualTo(version);
            c.expectSilence(Duration.ofMillis(300));

            // a setup that keeps the till's receipt printer but not the printer itself is refused
            HttpResponse<String> dropped = admin.put(path(branch), "{\"printers\":[{\"code\":\"grill-1\","
                    + "\"name\":\"Grill\",\"host\":\"10.0.0.21\",\"port\":9100,\"paper\":\"MM80\"}],"
                    + "\"receiptPrinters\":[{\"terminalId\":\"" + till.terminalId() + "\",\"printer\":\"bar-1\"}]}");
            assertRefused(dropped, 400, "INVALID_FIELD");
            assertThat(ServerApi.json(dropped).getString("message")).contains("terminal " + till.terminalId()
                    + " names bar-1");
            assertThat(ServerApi.json(dropped).getString("field")).isEqualTo("receiptPrinters[0].printer");
            assertThat(admin.get(path(branch)).body()).isEqualTo(withReceipt);

            assertThat(admin.delete(receipts + till.terminalId()).statusCode()).isEqualTo(204);
            assertThat(catalogWithin(c, Duration.ofSeconds(1), raw).printing().receiptPrinters()).isEmpty();
            assertThat(admin.delete(receipts + till.terminalId()).statusCode()).isEqualTo(204);
            c.expectSilence(Duration.ofMillis(300));

            List<JsonObject> audit = admin.audit(branch, 2).getValuesAs(JsonObject.class);
            assertThat(audit).extracting(a -> a.getString("action") + " " + a.getString("subject") + " "
                    + a.getString("detail").replaceAll(" catalogVersion=\\d+", ""))
                    .containsExactly("RECEIPT_PRINTER_CLEARED " + till.terminalId() + " printer bar-1 -> none",
                            "RECEIPT_PRINTER_SET " + till.terminalId() + " printer none -> bar-1");
        }
    }

    /**
     * What a refusal must say, and the field it must name (null: none, the body is not a setup at all), where the web
     * admin shows it.
     */
    private record Bad(String message, String field) {
    }

    private static void refusal(Map<String, Bad> cases, String body, String message, String field) {
        cases.put(body, new Bad(message, field));
    }

    /** {@code text} with {@code from} replaced; fails unless {@code from} is in it, so no case tests nothing. */
    private static String swap(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }
}
