package cedarpos.server.webadmin;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.server.testing.AdminBrowser;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.ManagerApiIT;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.Strings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Branches page of the web admin in a real Chromium against the real server: an administrator opens a branch
 * ready to trade (rate, VAT and tables from a template), after refusals shown next to the field they name that open
 * nothing; the new branch appears in the list and in the frame's branch switcher, and once switched to, its Floor
 * page shows its tables. English with numbered tables; Arabic, mirrored, with the tables of another branch copied.
 * Every wait is on the page's state. Screenshots: admin-branches-en/ar (the opening form).
 */
class BranchesPageIT extends ManagerApiIT {
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;

    @Test
    void anAdministratorOpensABranchWithNumberedTablesAndWorksOnIt() {
        Strings s = Strings.load("en");
        try (AdminBrowser browser = signedIn(s)) {
            browser.navigate("branches");
            browser.waitForText("#branch-form h2", s.text("branches.createTitle"));
            assertMirrored(browser, false);
            String before = admin.get("/api/branches").body();

            // a VAT of 150%: refused next to the VAT field, whatever else is right, and nothing opens
            browser.type("#branch-form input[name=name]", "Cedar Grill - Batroun");
            new Select(browser.visible("#branch-form select[name=currency]")).selectByValue("LBP");
            browser.type("#branch-form input[name=lbpPerUsd]", "89,500");
            browser.type("#branch-form [data-field='vat.basisPoints'] input", "150");
            browser.click("#tables-numbered");
            browser.type("#branch-table-count", "500");
            browser.type("#branch-area", "Hall");
            browser.click("#branch-form button[type=submit]");
            browser.waitForText("#branch-form [data-field='vat.basisPoints'] .field-error", s.text("rates.vatInvalid"));
            assertThat(browser.visible("#branch-form [data-field='vat.basisPoints'] input")
                    .getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(admin.get("/api/branches").body()).isEqualTo(before);

            // then 500 tables: refused next to the number of tables
            browser.type("#branch-form [data-field='vat.basisPoints'] input", "11");
            browser.click("#branch-form button[type=submit]");
            browser.waitForText("#branch-form [data-field='template.tables'] .field-error",
                    s.text("branches.tablesInvalid"));
            assertThat(browser.driver().findElement(By.cssSelector(
                    "#branch-form [data-field='vat.basisPoints'] .field-error")).getText()).isEmpty();
            assertThat(admin.get("/api/branches").body()).isEqualTo(before);

            // twelve: open, listed, in the switcher
            browser.type("#branch-table-count", "12");
            browser.click("#branch-form button[type=submit]");
            browser.waitForText("#branch-form .form-message", s.text("branches.created", "name",
                    "Cedar Grill - Batroun"));
            browser.waitForText("#branch-form .form-message", s.text("branches.createdTables", "n", "12"));
            BranchId branch = branchNamed("Cedar Grill - Batroun");
            browser.waitForText("#branch-list tr[data-branch='" + branch + "']", "Cedar Grill - Batroun");
            assertThat(browser.visible("#branch-switcher option[value='" + branch + "']").getText())
                    .isEqualTo("Cedar Grill - Batroun");
            assertThat(admin.tables(branch)).hasSize(12);
            assertThat(rate(branch)).isEqualTo(89_500);
            assertThat(vat(branch).getInt("basisPoints")).isEqualTo(1100);
            assertThat(vat(branch).getBoolean("included")).isTrue();
            shot(browser, "en");

            // switch to it in the frame's switcher: its floor
            new Select(browser.visible("#branch-switcher")).selectByValue(branch.toString());
            browser.waitForText("#branch-list tr[data-branch='" + branch + "']", s.text("branches.current"));
            browser.navigate("floor");
            browser.waitForText("#page-floor", s.text("floor.intro", "branch", "Cedar Grill - Batroun"));
            browser.waitForText("#table-count", s.text("floor.tableCount", "n", "12", "seats", "48"));
            browser.waitForText("#floor-table", "T12");
            browser.waitForText("#floor-table", "Hall");
        }
    }

    @Test
    void theArabicPathIsMirroredAndCopiesTheTablesOfAnotherBranch() {
        Strings s = Strings.load("ar");
        BranchId source = admin.createBranch("مطعم الأرز - صور", "LBP");
        addTable(source, "A1", "التراس", 2);
        addTable(source, "A2", "التراس", 6);
        addTable(source, "B1", "الصالة", 8);
        try (AdminBrowser browser = signedIn(s)) {
            browser.navigate("branches");
            browser.waitForText("#branch-form h2", s.text("branches.createTitle"));
            assertMirrored(browser, true);
            String before = admin.get("/api/branches").body();

            // a rate below zero: refused next to the rate, nothing opens
            browser.type("#branch-form input[name=name]", "مطعم الأرز - جبيل");
            new Select(browser.visible("#branch-form select[name=currency]")).selectByValue("LBP");
            browser.type("#branch-form input[name=lbpPerUsd]", "-5");
            browser.type("#branch-form [data-field='vat.basisPoints'] input", "11");
            browser.click("#tables-copy");
            new Select(browser.visible("#branch-copy-from")).selectByValue(source.toString());
            browser.click("#branch-form button[type=submit]");
            browser.waitForText("#branch-form [data-field=lbpPerUsd] .field-error", s.text("rates.rateInvalid"));
            assertThat(admin.get("/api/branches").body()).isEqualTo(before);

            browser.type("#branch-form input[name=lbpPerUsd]", "90000");
            browser.click("#branch-form button[type=submit]");
            browser.waitForText("#branch-form .form-message", s.text("branches.created", "name", "مطعم الأرز - جبيل"));
            browser.waitForText("#branch-form .form-message", s.text("branches.createdTables", "n", "3"));
            BranchId branch = branchNamed("مطعم الأرز - جبيل");
            assertThat(rate(branch)).isEqualTo(90_000);
            assertThat(admin.tables(branch).getValuesAs(JsonObject.class)).extracting(t -> t.getString("label")
                    + "/" + t.getString("area") + "/" + t.getInt("seats"))
                    .containsExactlyInAnyOrder("A1/التراس/2", "A2/التراس/6", "B1/الصالة/8");
            browser.waitForText("#branch-list tr[data-branch='" + branch + "']", "مطعم الأرز - جبيل");
            browser.visible("#branch-switcher option[value='" + branch + "']");
            shot(browser, "ar");

            // switch to it from the list: its floor, copied
            browser.click("[data-switch='" + branch + "']");
            browser.waitForText("#page-terminals", s.text("terminals.intro", "branch", "مطعم الأرز - جبيل"));
            browser.until(d -> branch.toString().equals(d.findElement(By.id("branch-switcher"))
                    .getDomProperty("value")));
            browser.navigate("floor");
            browser.waitForText("#table-count", s.text("floor.tableCount", "n", "3", "seats", "16"));
            browser.waitForText("#floor-table", "التراس");
            browser.waitForText("#floor-table", "B1");
        }
    }

    private static AdminBrowser signedIn(Strings s) {
        AdminBrowser browser = AdminBrowser.start(server.httpUrl(), WIDTH, HEIGHT);
        try {
            browser.open("/admin/");
            browser.visible("#signin-form");
            if (!s.lang().equals("en")) {
                browser.click("#lang-switch");
            }
            browser.waitForAttribute("html", "dir", s.dir());
            browser.type("#signin-form input[name=username]", ItServers.ADMIN_USER);
            browser.type("#signin-form input[name=password]", ItServers.ADMIN_PASSWORD);
            browser.click("#signin-form button[type=submit]");
            browser.visible("#signed-in-as");
            return browser;
        } catch (RuntimeException | Error e) {
            browser.close();
            throw e;
        }
    }

    /** Right to left, the name comes right of the currency and the tables right of the settings. */
    private static void assertMirrored(AdminBrowser browser, boolean rtl) {
        WebElement name = browser.visible("#branch-form input[name=name]");
        WebElement currency = browser.visible("#branch-form select[name=currency]");
        WebElement tables = browser.visible("#branch-form fieldset.tables-choice");
        assertThat(name.getRect().getX() > currency.getRect().getX()).as("name right of currency").isEqualTo(rtl);
        assertThat(tables.getRect().getX() < name.getRect().getX()).as("tables left of the name").isEqualTo(rtl);
    }

    private static long rate(BranchId branch) {
        return ServerApi.expect(200, "rate", admin.get("/api/branches/" + branch + "/exchange-rate"))
                .getJsonNumber("lbpPerUsd").longValue();
    }

    private static JsonObject vat(BranchId branch) {
        return ServerApi.expect(200, "vat", admin.get("/api/branches/" + branch + "/vat"));
    }

    private static void addTable(BranchId branch, String label, String area, int seats) {
        ServerApi.expect(201, "add table " + label, admin.post("/api/branches/" + branch + "/tables",
                Json.createObjectBuilder().add("label", label).add("area", area).add("seats", seats).build()
                        .toString()));
    }

    private static BranchId branchNamed(String name) {
        return ServerApi.array("branches", admin.get("/api/branches")).getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("name").equals(name)).map(b -> BranchId.parse(b.getString("id")))
                .findFirst().orElseThrow(() -> new AssertionError("no branch named " + name));
    }

    /** The top of the page, where the opening form is, with nothing wider than the window. */
    private static void shot(AdminBrowser browser, String lang) {
        Object overflow = browser.driver().executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("pixels wider than the window").isLessThanOrEqualTo(0);
        browser.driver().executeScript("window.scrollTo(0, 0)");
        browser.screenshot(AdminBrowser.screenshotDir().resolve("admin-branches-" + lang + ".png"));
    }

}
