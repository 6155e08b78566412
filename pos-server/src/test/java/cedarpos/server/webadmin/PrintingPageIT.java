package cedarpos.server.webadmin;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.printing.PaperWidth;
import cedarpos.domain.printing.Printer;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.domain.printing.Station;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.PrintingJson;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.AdminBrowser;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.ManagerApiIT;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.Strings;
import cedarpos.server.testing.SyncClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Printing page of the web admin in a real Chromium against the real server. A manager adds two printers, two
 * kitchen stations (one falling back on the other's printer), routes a menu category and a single dish to the bar,
 * and gives a till its receipt printer; each change is read back through GET printing and reaches a till connected
 * over the WebSocket in its next catalog. A port out of range, a blank name and a short code already used are
 * refused next to their field and change nothing. The Arabic page is mirrored and refuses in Arabic. A manager of
 * another branch neither sees the branch nor reads or changes its printing. Every wait is on the page's state or on
 * the till's frames. Screenshots: admin-printing-en/ar.
 */
class PrintingPageIT extends ManagerApiIT {
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;
    private static final Duration TILL_WAIT = Duration.ofSeconds(90);

    @Test
    void aManagerSetsUpPrintingAndTheTillPrintsByIt() {
        Strings s = Strings.load("en");
        BranchId branch = admin.createBranch("Cedar Grill - Jounieh", "USD");
        String kafta = addDish(branch, "Grills", "Kafta", "كفتة", 1350);
        addDish(branch, "Drinks", "Fresh lemonade", "ليموناضة", 300);
        String iceCream = addDish(branch, "Desserts", "Ashta ice cream", "بوظة عربية", 400);
        admin.createManager("rami", "manager-pass-rami", branch);
        Enrolled till = admin.enrollNew(branch, "Jounieh till 1");
        try (SyncClient c = connected(till, "Jounieh till 1");
             AdminBrowser browser = AdminBrowser.start(server.httpUrl(), WIDTH, HEIGHT)) {
            signIn(browser, "rami", "manager-pass-rami", s);
            browser.waitForText("main", "Cedar Grill - Jounieh");
            browser.navigate("printing");
            browser.waitForText("#page-printing h1", s.text("printing.title"));
            browser.waitForText("#printers-list", s.text("printing.noPrinters"));

            // a port out of range: refused next to the port, nothing stored
            String before = printing(branch);
            browser.click("#printer-add");
            browser.type("#printer-name", "Kitchen printer");
            assertThat(browser.visible("#printer-code").getDomProperty("value")).isEqualTo("kitchen-printer");
            browser.type("#printer-host", "192.168.1.50");
            browser.type("#printer-port", "70000");
            browser.click("#printer-form button[type=submit]");
            browser.waitForText("#printer-port-error", s.text("printing.portInvalid"));
            assertThat(browser.visible("#printer-port").getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.visible("[data-part=port]").getDomAttribute("data-field")).isEqualTo("printers[0].port");
            assertThat(printing(branch)).isEqualTo(before);

            browser.type("#printer-port", "9100");
            browser.click("#printer-form button[type=submit]");
            browser.waitForText("#printers .form-message", s.text("printing.printerAdded", "name", "Kitchen printer"));
            browser.waitForText("#printer-table tr[data-printer='kitchen-printer']", "192.168.1.50:9100");
            assertThat(printers(branch)).containsExactly("kitchen-printer Kitchen printer 192.168.1.50:9100 MM80");
            assertThat(catalogWhere(c, p -> !p.printers().isEmpty()).printers())
                    .containsExactly(new Printer("kitchen-printer", "Kitchen printer", "192.168.1.50", 9100,
                            PaperWidth.MM80));

            // a blank name, then a short code the first printer has: each refused next to its field
            before = printing(branch);
            browser.click("#printer-add");
            browser.type("#printer-code", "bar-printer");
            browser.type("#printer-host", "192.168.1.51");
            new Select(browser.visible("#printer-paper")).selectByValue("MM58");
            browser.click("#printer-form button[type=submit]");
            browser.waitForText("#printer-name-error", s.text("printing.printerNameInvalid"));
            assertThat(printing(branch)).isEqualTo(before);
            browser.type("#printer-name", "Bar printer");
            browser.type("#printer-code", "kitchen-printer");
            browser.click("#printer-form button[type=submit]");
            browser.waitForText("#printer-code-error", s.text("printing.codeTaken"));
            assertThat(browser.driver().findElement(By.id("printer-name-error")).getText()).isEmpty();
            assertThat(printing(branch)).isEqualTo(before);
            browser.type("#printer-code", "bar-printer");
            browser.click("#printer-form button[type=submit]");
            browser.waitForText("#printers .form-message", s.text("printing.printerAdded", "name", "Bar printer"));
            assertThat(printers(branch)).containsExactly("kitchen-printer Kitchen printer 192.168.1.50:9100 MM80",
                    "bar-printer Bar printer 192.168.1.51:9100 MM58");

            // the grill prints in the kitchen and falls back on the bar's printer; the bar prints at the bar
            browser.click("#station-add");
            browser.type("#station-nameEn", "Grill");
            browser.type("#station-nameAr", "المشاوي");
            assertThat(browser.visible("#station-code").getDomProperty("value")).isEqualTo("grill");
            assertThat(browser.visible("#station-default").isSelected()).as("the first station is the default")
                    .isTrue();
            new Select(browser.visible("#station-printer")).selectByValue("kitchen-printer");
            new Select(browser.visible("#station-fallback")).selectByValue("bar-printer");
            browser.type("#station-fallbackAfterSeconds", "45");
            browser.click("#station-form button[type=submit]");
            browser.waitForText("#stations .form-message", s.text("printing.stationAdded", "name", "Grill"));
            browser.click("#station-add");
            browser.type("#station-nameEn", "Bar");
            browser.type("#station-nameAr", "البار");
            new Select(browser.visible("#station-printer")).selectByValue("bar-printer");
            browser.click("#station-form button[type=submit]");
            browser.waitForText("#stations .form-message", s.text("printing.stationAdded", "name", "Bar"));
            browser.waitForText("#station-table tr[data-station='grill']",
                    s.text("printing.fallbackAfter", "printer", "Bar printer", "seconds", "45"));
            JsonObject stored = ServerApi.expect(200, "GET printing", admin.get(path(branch)));
            assertThat(stored.getJsonArray("stations").getValuesAs(JsonObject.class))
                    .extracting(x -> x.getString("code") + " " + x.getString("nameAr") + " -> " + x.getString("printer")
                            + " / " + x.getString("fallback", "none") + " " + x.getInt("fallbackAfterSeconds"))
                    .containsExactly("grill المشاوي -> kitchen-printer / bar-printer 45",
                            "bar البار -> bar-printer / none 60");
            assertThat(stored.getString("defaultStation")).isEqualTo("grill");

            // drinks and one dessert to the bar; everything else to the grill
            browser.click("#routes-edit");
            new Select(browser.visible("#routes-form select[data-category='Drinks']")).selectByValue("bar");
            browser.click("#dish-route-add");
            new Select(browser.visible("#route-dish-0")).selectByValue(iceCream);
            new Select(browser.visible("#route-dish-station-0")).selectByValue("bar");
            shotOf(browser, "#routes-form", "printing-routes", "en");
            browser.click("#routes-form button[type=submit]");
            browser.waitForText("#routes .form-message", s.text("printing.routesSaved"));
            browser.waitForText("#route-table", "Ashta ice cream");
            stored = ServerApi.expect(200, "GET printing", admin.get(path(branch)));
            assertThat(stored.getJsonArray("categoryRoutes")).isEqualTo(Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("category", "Drinks").add("station", "bar")).build());
            assertThat(stored.getJsonArray("itemRoutes")).isEqualTo(Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("itemId", iceCream).add("station", "bar")).build());
            PrintingSetup routed = catalogWhere(c, p -> !p.itemRoutes().isEmpty());
            assertThat(routed.stationFor(MenuItemId.parse(iceCream), "Desserts")).map(Station::code).contains("bar");
            assertThat(routed.stationFor(MenuItemId.random(), "Drinks")).map(Station::code).contains("bar");
            assertThat(routed.stationFor(MenuItemId.parse(kafta), "Grills")).map(Station::code).contains("grill");
            assertThat(routed.station("grill").orElseThrow().fallback()).isEqualTo("bar-printer");

            // the till prints its receipts at the bar
            String picker = "#receipt-" + till.terminalId();
            new Select(browser.visible(picker)).selectByValue("bar-printer");
            browser.waitForText("#receipts .form-message", s.text("printing.receiptSet", "till", "Jounieh till 1",
                    "printer", "Bar printer"));
            assertThat(receipts(branch)).containsExactly(till.terminalId() + " bar-printer");
            assertThat(catalogWhere(c, p -> !p.receiptPrinters().isEmpty()).receiptPrinter(till.terminalId()))
                    .map(Printer::code).contains("bar-printer");
            browser.waitForText("#printer-table tr[data-printer='bar-printer']",
                    s.text("printing.servesReceipts", "till", "Jounieh till 1"));
            browser.waitForText("#printer-table tr[data-printer='kitchen-printer']", "Grill");
            shot(browser, "en");

            // and none again
            browser.click("[data-clear-receipt='" + till.terminalId() + "']");
            browser.waitForText("#receipts .form-message", s.text("printing.receiptCleared", "till", "Jounieh till 1"));
            assertThat(receipts(branch)).isEmpty();
            assertThat(catalogWhere(c, p -> p.receiptPrinters().isEmpty()).stations()).hasSize(2);
            browser.until(d -> new Select(d.findElement(By.cssSelector(picker))).getFirstSelectedOption()
                    .getDomAttribute("value").isEmpty());
        }
    }

    @Test
    void theArabicPageIsMirroredAndRefusesInArabicNextToTheField() {
        Strings s = Strings.load("ar");
        BranchId branch = admin.createBranch("مطعم الأرز - جبيل", "LBP");
        addDish(branch, "Mezze", "Hummus", "حمص", 350_000);
        addDish(branch, "Drinks", "Arak", "عرق", 500_000);
        Enrolled till = admin.enrollNew(branch, "صندوق جبيل");
        ServerApi.expect(200, "PUT printing", admin.put(path(branch), PrintingJson.encode(new PrintingSetup(
                List.of(new Printer("kitchen-1", "طابعة المطبخ", "10.0.0.21", 9100, PaperWidth.MM80),
                        new Printer("bar-1", "طابعة البار", "10.0.0.22", 9100, PaperWidth.MM58)),
                List.of(new Station("kitchen", "Kitchen", "المطبخ", "kitchen-1", "bar-1", 60),
                        new Station("bar", "Bar", "البار", "bar-1", null, 60)),
                Map.of("Drinks", "bar"), Map.of(), "kitchen", Map.of())).build().toString()));
        try (AdminBrowser browser = AdminBrowser.start(server.httpUrl(), WIDTH, HEIGHT)) {
            browser.open("/admin/");
            browser.visible("#signin-form");
            browser.click("#lang-switch");
            browser.waitForAttribute("html", "lang", "ar");
            browser.waitForAttribute("html", "dir", "rtl");
            signIn(browser, ItServers.ADMIN_USER, ItServers.ADMIN_PASSWORD, s);
            new Select(browser.visible("#branch-switcher")).selectByValue(branch.toString());
            browser.waitForText("#nav-group-setup", s.text("nav.setup"));
            browser.navigate("printing");
            browser.waitForText("#nav-group-setup.active[aria-expanded=false]", s.text("nav.setup"));
            assertThat(browser.driver().findElement(By.id("nav-printing")).getDomProperty("textContent"))
                    .isEqualTo(s.text("printing.nav"));
            browser.waitForText("#page-printing h1", s.text("printing.title"));
            browser.waitForText("#page-printing .page-head", "مطعم الأرز - جبيل");
            browser.waitForText("#station-table tr[data-station='kitchen']", "المطبخ");
            browser.waitForText("#station-table tr[data-station='kitchen']",
                    s.text("printing.fallbackAfter", "printer", "طابعة البار", "seconds", "60"));
            browser.waitForText("#route-table", s.text("printing.everythingElse"));
            assertThat(browser.driver().executeScript(
                    "return getComputedStyle(document.getElementById('printer-table')).direction")).isEqualTo("rtl");
            WebElement first = browser.visible("#printer-table th:first-child");
            WebElement last = browser.visible("#printer-table th:last-child");
            assertThat(first.getRect().getX()).as("the first column is on the right")
                    .isGreaterThan(last.getRect().getX());

            // a bad port is refused in Arabic; a printer with an Arabic name needs a short code of Latin letters
            String before = printing(branch);
            browser.click("#printer-add");
            browser.type("#printer-name", "طابعة الحلويات");
            assertThat(browser.visible("#printer-code").getDomProperty("value")).isEmpty();
            browser.type("#printer-host", "10.0.0.23");
            browser.type("#printer-port", "abc");
            browser.click("#printer-form button[type=submit]");
            browser.waitForText("#printer-port-error", s.text("printing.portInvalid"));
            assertThat(printing(branch)).isEqualTo(before);
            browser.type("#printer-port", "9100");
            browser.click("#printer-form button[type=submit]");
            browser.waitForText("#printer-code-error", s.text("printing.codeInvalid"));
            assertThat(browser.driver().findElement(By.id("printer-port-error")).getText()).isEmpty();
            assertThat(printing(branch)).isEqualTo(before);
            browser.type("#printer-code", "desserts-1");
            browser.click("#printer-form button[type=submit]");
            browser.waitForText("#printers .form-message", s.text("printing.printerAdded", "name", "طابعة الحلويات"));
            assertThat(printers(branch)).contains("desserts-1 طابعة الحلويات 10.0.0.23:9100 MM80");

            new Select(browser.visible("#receipt-" + till.terminalId())).selectByValue("desserts-1");
            browser.waitForText("#receipts .form-message", s.text("printing.receiptSet", "till", "صندوق جبيل",
                    "printer", "طابعة الحلويات"));
            assertThat(receipts(branch)).containsExactly(till.terminalId() + " desserts-1");
            browser.waitForText("#printer-table tr[data-printer='desserts-1']",
                    s.text("printing.servesReceipts", "till", "صندوق جبيل"));
            shot(browser, "ar");
            shotOf(browser, "#routes", "printing-routes", "ar");
        }
    }

    @Test
    void aManagerOfAnotherBranchNeitherSeesNorChangesItsPrinting() {
        Strings s = Strings.load("en");
        BranchId branch = admin.createBranch("Cedar Grill - Batroun", "USD");
        BranchId other = admin.createBranch("Cedar Grill - Zahle", "USD");
        Enrolled till = admin.enrollNew(branch, "Batroun till");
        String setup = PrintingJson.encode(new PrintingSetup(
                List.of(new Printer("grill-1", "Grill", "10.0.0.21", 9100, PaperWidth.MM80)),
                List.of(new Station("grill", "Grill", "المشاوي", "grill-1", null, 60)), Map.of(), Map.of(), "grill",
                Map.of(till.terminalId(), "grill-1"))).build().toString();
        ServerApi.expect(200, "PUT printing", admin.put(path(branch), setup));
        String before = printing(branch);
        admin.createManager("nour", "manager-pass-nour", other);

        ServerApi nour = admin.as("nour", "manager-pass-nour");
        String receipt = path(branch) + "/receipt-printers/" + till.terminalId();
        for (HttpResponse<String> r : List.of(nour.get(path(branch)), nour.put(path(branch), setup),
                nour.put(path(branch), "{}"), nour.put(receipt, "{\"printer\":\"grill-1\"}"), nour.delete(receipt))) {
            assertThat(r.statusCode()).as(r.request().method() + " " + r.uri()).isEqualTo(403);
            assertThat(ServerApi.json(r).getString("code")).isEqualTo("BRANCH_FORBIDDEN");
        }
        assertThat(printing(branch)).isEqualTo(before);
        assertThat(ServerApi.expect(200, "GET own printing", nour.get(path(other))).getJsonArray("printers")).isEmpty();

        try (AdminBrowser browser = AdminBrowser.start(server.httpUrl(), WIDTH, HEIGHT)) {
            signIn(browser, "nour", "manager-pass-nour", s);
            browser.navigate("printing");
            browser.waitForText("#page-printing .page-head", "Cedar Grill - Zahle");
            browser.waitForText("#printers-list", s.text("printing.noPrinters"));
            assertThat(new Select(browser.visible("#branch-switcher")).getOptions())
                    .extracting(o -> o.getDomAttribute("value")).containsExactly(other.toString());
        }
    }

    private static void signIn(AdminBrowser browser, String user, String password, Strings s) {
        browser.open("/admin/");
        browser.type("#signin-form input[name=username]", user);
        browser.type("#signin-form input[name=password]", password);
        browser.click("#signin-form button[type=submit]");
        browser.waitForText("#signed-in-as", s.text("frame.signedInAs", "name", user));
    }

    /** The till connected over the WebSocket, saying hello with its name (the name the Terminals page shows). */
    private static SyncClient connected(Enrolled t, String name) {
        SyncClient c = SyncClient.connect(server.wsUrl(), t.token());
        c.send(new Hello(ProtocolCodec.VERSION, t.terminalId(), t.branchId(), name, 0, admin.changeHead(t.branchId()),
                System.currentTimeMillis()));
        c.next(Welcome.class);
        nextCatalog(c, TILL_WAIT);
        return c;
    }

    private static Catalog nextCatalog(SyncClient c, Duration wait) {
        while (true) {
            Message m = c.next(wait);
            if (m instanceof Catalog catalog) {
                return catalog;
            }
        }
    }

    /** The printing setup of the till's first next catalog that has what is awaited (each change sends one). */
    private static PrintingSetup catalogWhere(SyncClient c, Predicate<PrintingSetup> awaited) {
        Instant deadline = Instant.now().plus(TILL_WAIT);
        while (true) {
            Duration left = Duration.between(Instant.now(), deadline);
            assertThat(left).as("a catalog with the change within " + TILL_WAIT).isPositive();
            PrintingSetup p = nextCatalog(c, left).printing();
            if (awaited.test(p)) {
                return p;
            }
        }
    }

    private static String path(BranchId branch) {
        return "/api/branches/" + branch + "/printing";
    }

    /** GET printing as the server answers it, to compare before and after. */
    private static String printing(BranchId branch) {
        HttpResponse<String> r = admin.get(path(branch));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static List<String> printers(BranchId branch) {
        return ServerApi.expect(200, "GET printing", admin.get(path(branch))).getJsonArray("printers")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("code") + " " + p.getString("name") + " "
                        + p.getString("host") + ":" + p.getInt("port") + " " + p.getString("paper")).toList();
    }

    private static List<String> receipts(BranchId branch) {
        JsonArray receipts = ServerApi.expect(200, "GET printing", admin.get(path(branch)))
                .getJsonArray("receiptPrinters");
        return receipts.getValuesAs(JsonObject.class).stream().map(r -> r.getString("terminalId") + " "
                + r.getString("printer")).toList();
    }

    private static String addDish(BranchId branch, String category, String en, String ar, long price) {
        return ServerApi.expect(201, "add " + en, admin.post("/api/branches/" + branch + "/menu-items",
                Json.createObjectBuilder().add("category", category).add("nameEn", en).add("nameAr", ar)
                        .add("priceMinor", price).build().toString())).getString("id");
    }

    private static void shot(AdminBrowser browser, String lang) {
        Object overflow = browser.driver().executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("pixels wider than the window").isLessThanOrEqualTo(0);
        browser.driver().executeScript("window.scrollTo(0, 0)");
        browser.screenshot(AdminBrowser.screenshotDir().resolve("admin-printing-" + lang + ".png"));
    }

    /** The page scrolled to the element (a section below the fold). */
    private static void shotOf(AdminBrowser browser, String css, String name, String lang) {
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.visible(css));
        browser.screenshot(AdminBrowser.screenshotDir().resolve("admin-" + name + "-" + lang + ".png"));
        browser.driver().executeScript("window.scrollTo(0, 0)");
    }

}
