package cedarpos.server.webadmin;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.ModifierOption;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Message;
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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * The Menu and Floor pages of the web admin in a real Chromium against the real server: a manager adds a dish with
 * an Arabic name and a required modifier group for it, and a till connected over the WebSocket receives both in new
 * catalogs; a bad price is refused next to the price field and changes nothing; a dish goes off the menu; a table is
 * added and changed. The same path, shorter, in Arabic (right to left, prices in whole pounds), where a category and
 * an area get their Arabic names and show them. Every wait is on the page's state or on the till's next frame.
 * Screenshots: admin-menu-en/ar and admin-floor-en/ar.
 */
class MenuPageIT extends ManagerApiIT {
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;
    private static final Duration TILL_WAIT = Duration.ofSeconds(90);
    private static final String TAOUK_AR = "شيش طاووق";

    @Test
    void aManagerBuildsTheMenuAndTheFloorAndTheTillGetsThem() {
        Strings s = Strings.load("en");
        BranchId branch = admin.createBranch("Cedar Grill - Byblos", "USD");
        String hummus = addDish(branch, "Mezze", "Hummus", "حمص", 450, 1);
        addDish(branch, "Mezze", "Fattoush", "فتوش", 500, 2);
        addDish(branch, "Drinks", "Fresh lemonade", "ليموناضة", 300, 1);
        addTable(branch, "T1", "Terrace", 4);
        addTable(branch, "T2", "Terrace", 2);
        Enrolled till = admin.enrollNew(branch, "Byblos till");
        try (SyncClient c = connected(till);
             AdminBrowser browser = AdminBrowser.start(server.httpUrl(), WIDTH, HEIGHT)) {
            signInTo(browser, branch, "Cedar Grill - Byblos");
            browser.navigate("menu");
            browser.waitForText("#page-menu h1", s.text("menu.title"));
            browser.waitForText("#dish-table tr[data-dish='" + hummus + "']", "حمص");

            // a bad price: refused next to the price field, whatever else is right; the menu is as it was
            String before = admin.get(path(branch, "menu")).body();
            browser.click("#dish-add");
            browser.type("#dish-form input[name=category]", "Grills");
            browser.type("#dish-form input[name=nameEn]", "Shish taouk");
            browser.type("#dish-form input[name=nameAr]", TAOUK_AR);
            for (String bad : List.of("-3", "abc")) {
                browser.type("#dish-form input[name=priceMinor]", bad);
                browser.click("#dish-form button[type=submit]");
                browser.waitForText("#dish-form [data-field=priceMinor] .field-error", s.text("menu.priceInvalid"));
                assertThat(browser.visible("#dish-form input[name=priceMinor]").getDomAttribute("aria-invalid"))
                        .isEqualTo("true");
                assertThat(admin.get(path(branch, "menu")).body()).isEqualTo(before);
            }

            // the dish at 12.50: on the page, on the server, and on the till
            browser.type("#dish-form input[name=priceMinor]", "12.50");
            browser.click("#dish-form button[type=submit]");
            browser.waitForText("#dishes .form-message", s.text("menu.dishAdded", "name", "Shish taouk"));
            JsonObject dish = dishNamed(branch, "Shish taouk");
            String taouk = dish.getString("id");
            assertThat(dish.getString("nameAr")).isEqualTo(TAOUK_AR);
            assertThat(dish.getJsonNumber("priceMinor").longValue()).isEqualTo(1250);
            assertThat(dish.getString("category")).isEqualTo("Grills");
            assertThat(dish.getBoolean("active")).isTrue();
            String row = "#dish-table tr[data-dish='" + taouk + "']";
            browser.waitForText(row, TAOUK_AR);
            browser.waitForText(row, "12.50");
            Catalog withDish = nextCatalog(c);
            MenuItem onTill = withDish.menu().stream().filter(m -> m.id().toString().equals(taouk)).findFirst()
                    .orElseThrow(() -> new AssertionError("the till's catalog has no " + taouk));
            assertThat(onTill.nameAr()).isEqualTo(TAOUK_AR);
            assertThat(onTill.price().minor()).isEqualTo(1250);

            // a required group, 1 of 2 options, for the dish; an option without its Arabic name is refused first
            browser.click("#group-add");
            browser.type("#group-form input[name=nameEn]", "Taouk sauce");
            browser.type("#group-form input[name=nameAr]", "صلصة الطاووق");
            browser.click("#field-required");
            assertThat(browser.visible("#group-form input[name=min]").getDomProperty("value")).isEqualTo("1");
            browser.type("#group-form input[name=max]", "1");
            browser.type("#group-form [data-field='options[0].nameEn'] input", "Garlic");
            browser.type("#group-form [data-field='options[0].nameAr'] input", "ثوم");
            browser.click("#option-add");
            browser.type("#group-form [data-field='options[1].nameEn'] input", "Spicy");
            browser.type("#group-form [data-field='options[1].priceMinor'] input", "0.50");
            browser.click("#group-form [data-dish-pick='" + taouk + "']");
            String beforeGroup = admin.get(path(branch, "menu")).body();
            browser.click("#group-form button[type=submit]");
            browser.until(d -> !d.findElement(By.cssSelector(
                    "#group-form [data-field='options[1].nameAr'] .field-error")).getText().isBlank());
            assertThat(admin.get(path(branch, "menu")).body()).isEqualTo(beforeGroup);
            browser.type("#group-form [data-field='options[1].nameAr'] input", "حار");
            browser.click("#group-form button[type=submit]");
            browser.waitForText("#groups .form-message", s.text("menu.groupAdded", "name", "Taouk sauce"));
            JsonObject group = menu(branch).getJsonArray("modifierGroups").getJsonObject(0);
            assertThat(group.getInt("min")).isEqualTo(1);
            assertThat(group.getInt("max")).isEqualTo(1);
            assertThat(group.getJsonArray("menuItemIds").getString(0)).isEqualTo(taouk);
            JsonArray options = group.getJsonArray("options");
            assertThat(options).hasSize(2);
            assertThat(options.getJsonObject(1).getString("nameAr")).isEqualTo("حار");
            assertThat(options.getJsonObject(1).getJsonNumber("priceMinor").longValue()).isEqualTo(50);
            String groupRow = "#group-table tr[data-group='" + group.getString("id") + "']";
            browser.waitForText(groupRow, s.text("menu.required"));
            browser.waitForText(groupRow, s.text("menu.chooseValue", "min", "1", "max", "1"));
            browser.waitForText(groupRow, "+0.50");
            browser.waitForText(row, "Taouk sauce");
            ModifierGroup groupOnTill = nextCatalog(c).modifierGroups().get(0);
            assertThat(groupOnTill.required()).isTrue();
            assertThat(groupOnTill.max()).isEqualTo(1);
            assertThat(groupOnTill.appliesTo()).extracting(Object::toString).containsExactly(taouk);
            assertThat(groupOnTill.options()).extracting(ModifierOption::nameEn).containsExactly("Garlic", "Spicy");
            assertThat(groupOnTill.options()).extracting(ModifierOption::nameAr).containsExactly("ثوم", "حار");
            assertThat(groupOnTill.options().get(1).priceDelta().minor()).isEqualTo(50);
            shot(browser, "menu", "en");
            shotOf(browser, "#groups", "menu-groups", "en");

            // take the Fattoush off the menu: still listed here, gone from the till
            String fattoush = dishNamed(branch, "Fattoush").getString("id");
            browser.click("[data-toggle-dish='" + fattoush + "']");
            browser.waitForText("#dishes .form-message", s.text("menu.takenOffDone", "name", "Fattoush"));
            browser.waitForText("#dish-table tr[data-dish='" + fattoush + "']", s.text("menu.inactive"));
            assertThat(dishNamed(branch, "Fattoush").getBoolean("active")).isFalse();
            assertThat(nextCatalog(c).menu()).extracting(m -> m.id().toString()).doesNotContain(fattoush)
                    .contains(taouk, hummus);

            // the floor: a bad number of seats changes nothing, then a table in the garden, then more seats
            browser.navigate("floor");
            browser.waitForText("#page-floor h1", s.text("floor.title"));
            browser.waitForText("#floor-table", "T2");
            int tablesBefore = admin.tables(branch).size();
            browser.click("#table-add");
            browser.type("#table-form input[name=label]", "G1");
            browser.type("#table-form input[name=area]", "Garden");
            browser.type("#table-form input[name=seats]", "abc");
            browser.click("#table-form button[type=submit]");
            browser.waitForText("#table-form [data-field=seats] .field-error", s.text("floor.seatsInvalid"));
            assertThat(admin.tables(branch)).hasSize(tablesBefore);
            browser.type("#table-form input[name=seats]", "6");
            browser.click("#table-form button[type=submit]");
            browser.waitForText("#tables .form-message", s.text("floor.added", "label", "G1", "area", "Garden"));
            JsonObject g1 = tableLabelled(branch, "G1");
            assertThat(g1.getString("area")).isEqualTo("Garden");
            assertThat(g1.getInt("seats")).isEqualTo(6);
            DiningTable g1OnTill = nextCatalog(c).tables().stream().filter(x -> x.label().equals("G1")).findFirst()
                    .orElseThrow(() -> new AssertionError("the till has no table G1"));
            assertThat(g1OnTill.seats()).isEqualTo(6);

            String tableRow = "#floor-table tr[data-table='" + g1.getString("id") + "']";
            browser.waitForText(tableRow, "Garden");
            browser.click("[data-edit-table='" + g1.getString("id") + "']");
            browser.type("#table-form input[name=seats]", "8");
            browser.click("#table-form button[type=submit]");
            browser.waitForText("#tables .form-message", s.text("floor.saved", "label", "G1"));
            assertThat(tableLabelled(branch, "G1").getInt("seats")).isEqualTo(8);
            browser.waitForText(tableRow + " td.num", "8");
            shot(browser, "floor", "en");

            // the smallest tablet the admin is made for: the menu and the group form fit its width
            browser.driver().manage().window().setSize(new Dimension(1024, 768));
            browser.until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return window.innerWidth")).intValue() <= 1024);
            browser.navigate("menu");
            browser.waitForText(row, TAOUK_AR);
            browser.assertFitsTheWidth();
            browser.click("[data-edit-group='" + group.getString("id") + "']");
            browser.waitForText("#group-form h2", s.text("menu.editGroupTitle", "name", "Taouk sauce"));
            assertThat(browser.visible("#group-form [data-dish-pick='" + taouk + "']").isSelected()).isTrue();
            shotOf(browser, "#group-form", "menu-group-form-1024", "en");
        }
    }

    @Test
    void theSamePathInArabicIsMirroredWithPricesInPounds() {
        Strings s = Strings.load("ar");
        BranchId branch = admin.createBranch("مطعم الأرز - صيدا", "LBP");
        String hummus = addDish(branch, "Mezze", "Hummus", "حمص", 350_000, 1);
        addDish(branch, "Grills", "Lahm meshwi", "لحم مشوي", 1_200_000, 1);
        ServerApi.expect(201, "group", admin.post(path(branch, "modifier-groups"), Json.createObjectBuilder()
                .add("nameEn", "Extras").add("nameAr", "إضافات").add("min", 0).add("max", 2)
                .add("options", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("nameEn", "Pine nuts").add("nameAr", "صنوبر")
                                .add("priceMinor", 90_000))
                        .add(Json.createObjectBuilder().add("nameEn", "Meat").add("nameAr", "لحمة")
                                .add("priceMinor", 150_000)))
                .add("menuItemIds", Json.createArrayBuilder().add(hummus)).build().toString()));
        addTable(branch, "1", "الصالة", 4);
        addTable(branch, "3", "Terrace", 2);
        try (AdminBrowser browser = AdminBrowser.start(server.httpUrl(), WIDTH, HEIGHT)) {
            browser.open("/admin/");
            browser.visible("#signin-form");
            browser.click("#lang-switch");
            browser.waitForAttribute("html", "lang", "ar");
            browser.waitForAttribute("html", "dir", "rtl");
            signInTo(browser, branch, "مطعم الأرز - صيدا");
            browser.waitForText("#nav-group-setup", s.text("nav.setup"));
            browser.navigate("menu");
            browser.waitForText("#nav-group-setup.active[aria-expanded=false]", s.text("nav.setup"));
            assertThat(browser.driver().findElement(By.id("nav-menu")).getDomProperty("textContent"))
                    .isEqualTo(s.text("menu.nav"));
            browser.waitForText("#page-menu h1", s.text("menu.title"));
            browser.waitForText("#dish-table", "350,000");

            browser.click("#dish-add");
            browser.waitForText("#dish-form [data-field=priceMinor] label", s.text("menu.price", "currency", "LBP"));
            browser.type("#dish-form input[name=category]", "Grills");
            browser.type("#dish-form input[name=nameEn]", "Kafta");
            browser.type("#dish-form input[name=nameAr]", "كفتة");
            browser.type("#dish-form input[name=priceMinor]", "12.5");
            String before = admin.get(path(branch, "menu")).body();
            browser.click("#dish-form button[type=submit]");
            browser.waitForText("#dish-form [data-field=priceMinor] .field-error", s.text("menu.priceInvalid"));
            assertThat(admin.get(path(branch, "menu")).body()).isEqualTo(before);
            browser.type("#dish-form input[name=priceMinor]", "450,000");
            browser.click("#dish-form button[type=submit]");
            browser.waitForText("#dishes .form-message", s.text("menu.dishAdded", "name", "كفتة"));
            JsonObject kafta = dishNamed(branch, "Kafta");
            assertThat(kafta.getJsonNumber("priceMinor").longValue()).isEqualTo(450_000);
            assertThat(kafta.getString("nameAr")).isEqualTo("كفتة");
            browser.waitForText("#dish-table tr[data-dish='" + kafta.getString("id") + "']", "450,000");

            // the category's Arabic name, given here: the page shows it (with the key under it), the menu carries it
            String grillsRow = "#dish-table tr[data-dish='" + kafta.getString("id") + "'] .key-name";
            browser.waitForText(grillsRow, "Grills");
            browser.click("[data-category-name='Grills']");
            browser.waitForText("#category-name-form h2", s.text("names.arabicNameOf", "name", "Grills"));
            browser.type("#category-name-form input[name=nameAr]", "مشاوي");
            browser.click("#category-name-form button[type=submit]");
            browser.waitForText("#dishes .form-message", s.text("names.saved", "name", "Grills", "nameAr", "مشاوي"));
            assertThat(browser.waitForText(grillsRow + " .strong", "مشاوي").getText()).isEqualTo("مشاوي");
            browser.waitForText(grillsRow + " .muted", "Grills");
            assertThat(menu(branch).getJsonArray("categories")).contains(Json.createObjectBuilder()
                    .add("name", "Grills").add("nameAr", "مشاوي").build());
            browser.waitForText("#group-table", "صنوبر");
            browser.waitForText("#group-table", s.text("menu.optional"));
            shot(browser, "menu", "ar");
            shotOf(browser, "#groups", "menu-groups", "ar");

            browser.navigate("floor");
            browser.waitForText("#page-floor h1", s.text("floor.title"));
            browser.click("#table-add");
            browser.type("#table-form input[name=label]", "2");
            browser.type("#table-form input[name=area]", "الحديقة");
            browser.type("#table-form input[name=seats]", "6");
            browser.click("#table-form button[type=submit]");
            browser.waitForText("#tables .form-message", s.text("floor.added", "label", "2", "area", "الحديقة"));
            assertThat(tableLabelled(branch, "2").getString("area")).isEqualTo("الحديقة");
            browser.waitForText("#floor-table", s.text("floor.statusAvailable"));

            // an area typed in English gets its Arabic name, and the page shows that
            browser.click("[data-area-name='Terrace']");
            browser.type("#area-name-form input[name=nameAr]", "التراس");
            browser.click("#area-name-form button[type=submit]");
            browser.waitForText("#tables .form-message", s.text("names.saved", "name", "Terrace", "nameAr", "التراس"));
            browser.waitForText("#floor-table tr[data-table='" + tableLabelled(branch, "3").getString("id")
                    + "'] .key-name .strong", "التراس");
            assertThat(ServerApi.array("areas", admin.get(path(branch, "areas")))).contains(Json.createObjectBuilder()
                    .add("name", "Terrace").add("nameAr", "التراس").add("tables", 1).build());
            shot(browser, "floor", "ar");
        }
    }

    private static void signInTo(AdminBrowser browser, BranchId branch, String branchName) {
        browser.open("/admin/");
        browser.type("#signin-form input[name=username]", ItServers.ADMIN_USER);
        browser.type("#signin-form input[name=password]", ItServers.ADMIN_PASSWORD);
        browser.click("#signin-form button[type=submit]");
        new Select(browser.visible("#branch-switcher")).selectByValue(branch.toString());
        browser.until(d -> branch.toString().equals(d.findElement(By.id("branch-switcher"))
                .getDomProperty("value")));
        browser.waitForText("main", branchName);
    }

    private static SyncClient connected(Enrolled t) {
        SyncClient c = SyncClient.connect(server.wsUrl(), t.token());
        c.send(t.hello(0, admin.changeHead(t.branchId())));
        c.next(Welcome.class);
        nextCatalog(c);
        return c;
    }

    /** The till's next catalog (a busy machine may take its time). */
    private static Catalog nextCatalog(SyncClient c) {
        while (true) {
            Message m = c.next(TILL_WAIT);
            if (m instanceof Catalog catalog) {
                return catalog;
            }
        }
    }

    private static String path(BranchId branch, String rest) {
        return "/api/branches/" + branch + "/" + rest;
    }

    private static JsonObject menu(BranchId branch) {
        return ServerApi.expect(200, "GET menu", admin.get(path(branch, "menu")));
    }

    private static JsonObject dishNamed(BranchId branch, String nameEn) {
        return menu(branch).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("nameEn").equals(nameEn)).findFirst()
                .orElseThrow(() -> new AssertionError("no dish " + nameEn));
    }

    private static JsonObject tableLabelled(BranchId branch, String label) {
        return admin.tables(branch).getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("label").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + label));
    }

    private static String addDish(BranchId branch, String category, String en, String ar, long price, int order) {
        return ServerApi.expect(201, "add " + en, admin.post(path(branch, "menu-items"), Json.createObjectBuilder()
                .add("category", category).add("nameEn", en).add("nameAr", ar).add("priceMinor", price)
                .add("sortOrder", order).build().toString())).getString("id");
    }

    private static void addTable(BranchId branch, String label, String area, int seats) {
        ServerApi.expect(201, "add table " + label, admin.post(path(branch, "tables"), Json.createObjectBuilder()
                .add("label", label).add("area", area).add("seats", seats).build().toString()));
    }

    /** The top of the page. */
    private static void shot(AdminBrowser browser, String page, String lang) {
        browser.assertFitsTheWidth();
        browser.driver().executeScript("window.scrollTo(0, 0)");
        browser.screenshot(AdminBrowser.screenshotDir().resolve("admin-" + page + "-" + lang + ".png"));
    }

    /** The page scrolled to the element (a section below the fold). */
    private static void shotOf(AdminBrowser browser, String css, String name, String lang) {
        browser.assertFitsTheWidth();
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.visible(css));
        browser.screenshot(AdminBrowser.screenshotDir().resolve("admin-" + name + "-" + lang + ".png"));
        browser.driver().executeScript("window.scrollTo(0, 0)");
    }

}
