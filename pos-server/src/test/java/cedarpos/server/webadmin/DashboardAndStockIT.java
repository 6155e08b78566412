package cedarpos.server.webadmin;

import static cedarpos.server.testing.DemoBranch.ID;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.pay.Vat;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.AdminBrowser;
import cedarpos.server.testing.CashierTill;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.PushingTill;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.ManagerApiIT;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.Strings;
import cedarpos.server.testing.SyncClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard and the stock pages in a real Chromium against the real server. Sales come from checks a real till
 * pushes over its WebSocket on a fixed past day (the test server's business zone is UTC), and every figure the page
 * shows is checked against the REST answer; a check pushed while the page is open shows without a reload. On Stock:
 * a new item, a dish's recipe with it, a count that leaves none (the dish on the 86 list, in the page and over REST,
 * and a connected till hears the new level), and bad adjustments refused next to their field with nothing changed.
 * Then a shorter Arabic run. Screenshots: target/admin-screenshots/admin-{dashboard,stock}-{en,ar}.png.
 */
class DashboardAndStockIT extends ManagerApiIT {
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;
    /** A Tuesday, and the same weekday a week before. */
    private static final LocalDate DAY = LocalDate.of(2026, 5, 12);
    private static final LocalDate WEEK_BEFORE = DAY.minusWeeks(1);
    private static final MenuItemId HUMMUS = DemoBranch.HUMMUS_DISH;
    private static final MenuItemId MOUTABAL = CashierTill.dish(2);
    private static final MenuItemId TABBOULEH = CashierTill.dish(3);
    private static final MenuItemId FATTOUSH = CashierTill.dish(4);
    private static final MenuItemId JALLAB = CashierTill.dish(14);
    private static final ExchangeRate RATE = new ExchangeRate(DemoBranch.LBP_PER_USD);
    private static final Vat VAT = new Vat(DemoBranch.VAT_BP, true);
    private static boolean salesPushed;

    @Test
    void theDashboardShowsTheTillsFiguresAndTheStockPageRunsTheStockInEnglish() {
        Strings s = Strings.load("en");
        pushSales();
        try (AdminBrowser browser = AdminBrowser.start(server.httpUrl(), WIDTH, HEIGHT)) {
            signIn(browser, s);
            // the dashboard is the page after sign-in
            browser.waitForText("#page-dashboard h1", s.text("dashboard.title"));
            assertThat(browser.driver().findElement(By.cssSelector("nav.tabs a")).getDomAttribute("id"))
                    .isEqualTo("nav-dashboard");
            showDay(browser);
            JsonObject sales = sales();
            JsonObject totals = sales.getJsonObject("totals");
            assertThat(totals.getInt("orders")).isEqualTo(2);
            assertFigures(browser, sales);

            // the chart: 24 bars, the hours with sales drawn, none clipped out of the chart
            List<WebElement> bars = browser.driver().findElements(By.cssSelector("#dash-chart rect.bar"));
            assertThat(bars).hasSize(24);
            for (JsonValue v : sales.getJsonArray("byHour")) {
                JsonObject hour = v.asJsonObject();
                WebElement bar = bars.get(hour.getInt("hour"));
                assertThat(bar.getDomAttribute("data-net")).isEqualTo(String.valueOf(hour.getJsonNumber("netMinor")));
            }
            assertThat(Double.parseDouble(bars.get(12).getDomAttribute("height"))).isPositive();
            assertThat(Double.parseDouble(bars.get(3).getDomAttribute("height"))).isZero();

            // by category: the Mezze row as the REST answer has it
            JsonObject mezze = row(sales.getJsonArray("byCategory"), "category", "Mezze");
            WebElement mezzeRow = tableRow(browser, "#dash-categories", "Mezze");
            assertThat(mezzeRow.getText()).contains(usd(mezze.getJsonNumber("netMinor").longValue()))
                    .contains(String.valueOf(mezze.getInt("quantity")));
            assertThat(tableRow(browser, "#dash-dishes", "Jallab").getText()).contains("3");
            // the payment mix: cash dollars, cash pounds, card
            browser.waitForText("#dash-payments", s.text("dashboard.cashIn", "currency", "USD"));
            browser.waitForText("#dash-payments", s.text("dashboard.cashIn", "currency", "LBP"));
            browser.waitForText("#dash-payments", s.text("dashboard.cardIn", "currency", "USD"));
            // open checks and their guests
            browser.waitForText("#dash-open .figure", String.valueOf(sales.getJsonObject("open").getInt("checks")));
            browser.waitForText("#dash-open", s.text("dashboard.openCovers", "covers",
                    String.valueOf(sales.getJsonObject("open").getInt("covers"))));
            // the same weekday a week before: up by the percentage of the nets
            assertCompare(browser, s, sales);
            // the chain: the demo branch with its totals
            String chainRow = "#dash-chain-table [data-branch='" + ID + "']";
            browser.waitForText(chainRow, branchName());
            assertThat(tableRow(browser, "#dash-chain-table", branchName()).getText()).contains(usd(net(sales)));
            assertThat(browser.driver().findElements(By.id("dash-chain-table-csv"))).hasSize(1);
            shot(browser, "dashboard", "en");
            // the smallest tablet the admin is made for: nothing wider than the screen, the chart whole
            browser.resizeViewport(1024, 768);
            assertChartInside(browser);
            browser.assertFitsTheWidth();
            Object hidden = browser.driver().executeScript("const b = document.querySelector('#dash-chain .table-block');"
                    + "return b.scrollWidth - b.clientWidth;");
            assertThat(((Number) hidden).intValue()).as("pixels of the chain table out of sight").isLessThanOrEqualTo(0);
            // back to the laptop's page (the window's own size would leave the page shorter: the stock shot showed 625 px)
            browser.resizeViewport(WIDTH, HEIGHT);

            // a check a till pushes now for that day: the page shows it without a reload
            long before = net(sales);
            try (PushingTill till = till(admin.enrollNew(ID, "Live till"))) {
                long at = at(DAY, 20, 10);
                OrderId check = till.open(at, 2, line(JALLAB, "Jallab", 2, 300));
                till.settle(check, at + 60_000, cash(600));
            }
            JsonObject after = sales();
            assertThat(net(after)).isEqualTo(before + 600);
            browser.waitForText("#dash-net .figure", usd(net(after)));
            browser.waitForText("#dash-orders .figure", "3");

            // ---- Stock: a new item
            browser.navigate("stock");
            browser.waitForText("#page-stock h1", s.text("stock.title"));
            browser.type("#stock-item-form input[name=name]", "Eggplant caviar");
            browser.type("#stock-item-form input[name=unit]", "portions");
            browser.click("#stock-item-form button[type=submit]");
            browser.waitForText("#stock-item-form .form-message", s.text("stock.added", "name", "Eggplant caviar"));
            String item = stockItemNamed("Eggplant caviar").getString("id");
            browser.waitForText("#stock-levels [data-stock-item='" + item + "']", "Eggplant caviar");
            assertThat(stockItemNamed("Eggplant caviar").getJsonNumber("level").longValue()).isZero();

            // a delivery of 5
            adjust(browser, item, "DELIVERY", "5", "morning van");
            browser.waitForText("#stock-adjust-form .form-message", s.text("stock.recorded", "item", "Eggplant caviar",
                    "delta", "+5", "unit", "portions", "reason", s.text("stock.reasonDelivery")));
            browser.waitForText("[data-available='" + item + "']", "5");
            assertThat(stockItemNamed("Eggplant caviar").getJsonNumber("available").longValue()).isEqualTo(5);

            // Moutabal takes one portion of it
            select(browser, "#stock-recipe-form select[name=menuItemId]", MOUTABAL.toString());
            select(browser, "#stock-recipe-form select[name='portions[0].stockItemId']", item);
            browser.type("#stock-recipe-form input[name='portions[0].perPortion']", "1");
            browser.click("#stock-recipe-form button[type=submit]");
            browser.waitForText("#stock-recipe-form .form-message", s.text("stock.recipeSaved", "dish", "Moutabal"));
            browser.waitForText("#stock-recipes [data-recipe='" + MOUTABAL + "']", "Moutabal");
            JsonObject recipe = row(ServerApi.array("recipes", admin.get("/api/branches/" + ID + "/recipes")),
                    "menuItemId", MOUTABAL.toString());
            assertThat(recipe.getJsonArray("portions").getJsonObject(0).getString("stockItemId")).isEqualTo(item);

            // bad adjustments: the error next to the field, nothing changed
            String ledgerBefore = admin.get("/api/branches/" + ID + "/stock/adjustments").body();
            adjust(browser, item, "COUNT", "abc", "");
            browser.waitForText("#stock-adjust-form [data-field=delta] .field-error", s.text("stock.deltaInvalid"));
            assertThat(browser.visible("#stock-adjust-form input[name=delta]").getDomAttribute("aria-invalid"))
                    .isEqualTo("true");
            adjust(browser, item, "DELIVERY", "0", "");
            browser.waitForText("#stock-adjust-form [data-field=delta] .field-error", s.text("stock.deltaInvalid"));
            assertThat(admin.get("/api/branches/" + ID + "/stock/adjustments").body()).isEqualTo(ledgerBefore);
            assertThat(stockItemNamed("Eggplant caviar").getJsonNumber("level").longValue()).isEqualTo(5);

            // a count that finds none left, while a till is connected: it hears the new level; Moutabal is 86'd
            Enrolled e = admin.enrollNew(ID, "Stock till");
            try (SyncClient till = SyncClient.connect(server.wsUrl(), e.token())) {
                till.send(e.hello(0, admin.changeHead(ID)));
                till.next(Welcome.class);
                till.next(Catalog.class);
                adjust(browser, item, "COUNT", "-5", "counted at close");
                browser.waitForText("#stock-adjust-form .form-message", s.text("stock.reasonCount"));
                JsonObject level = stockLevelHeard(till, item);
                assertThat(level.getJsonNumber("level").longValue()).isZero();
                assertThat(level.getJsonNumber("available").longValue()).isZero();
            }
            browser.waitForText("#stock-sold-out-table [data-menu-item='" + MOUTABAL + "']", "Moutabal");
            browser.waitForText("[data-available='" + item + "']", "0");
            JsonObject soldOut = row(admin.soldOut(ID), "menuItemId", MOUTABAL.toString());
            assertThat(soldOut.getJsonArray("limitedBy").getString(0)).isEqualTo(item);

            // the item's ledger: the delivery and the count, nothing else
            browser.click("[data-ledger='" + item + "']");
            browser.waitForText("#stock-ledger-card h2", s.text("stock.ledgerOf", "item", "Eggplant caviar"));
            List<WebElement> ledger = browser.driver().findElements(By.cssSelector("#stock-ledger tbody tr"));
            assertThat(ledger).hasSize(2);
            assertThat(ledger.get(0).getText()).contains(s.text("stock.reasonCount")).contains("-5")
                    .contains("counted at close");
            assertThat(ledger.get(1).getText()).contains(s.text("stock.reasonDelivery")).contains("+5");
            browser.driver().executeScript("window.scrollTo(0, 0)");
            shot(browser, "stock", "en");
        }
    }

    @Test
    void theArabicPagesAreMirrored() {
        Strings s = Strings.load("ar");
        pushSales();
        try (AdminBrowser browser = AdminBrowser.start(server.httpUrl(), WIDTH, HEIGHT)) {
            browser.open("/admin/");
            browser.visible("#signin-form");
            browser.click("#lang-switch");
            browser.waitForAttribute("html", "lang", "ar");
            browser.waitForAttribute("html", "dir", "rtl");
            signIn(browser, s);
            browser.waitForText("#page-dashboard h1", s.text("dashboard.title"));
            browser.waitForText("#nav-dashboard", s.text("dashboard.nav"));
            showDay(browser);
            JsonObject sales = sales();
            assertFigures(browser, sales);
            browser.waitForText("#dash-net", s.text("dashboard.net"));
            assertCompare(browser, s, sales);
            assertThat(browser.driver().findElements(By.cssSelector("#dash-chart rect.bar"))).hasSize(24);
            assertChartInside(browser);
            shot(browser, "dashboard", "ar");

            browser.navigate("stock");
            browser.waitForText("#page-stock h1", s.text("stock.title"));
            browser.type("#stock-item-form input[name=name]", "لحم مفروم");
            browser.type("#stock-item-form input[name=unit]", "غرام");
            browser.click("#stock-item-form button[type=submit]");
            browser.waitForText("#stock-item-form .form-message", s.text("stock.added", "name", "لحم مفروم"));
            String item = stockItemNamed("لحم مفروم").getString("id");
            browser.waitForText("#stock-levels [data-stock-item='" + item + "']", "لحم مفروم");
            // waste that adds is refused, in Arabic, next to the field; nothing changes
            adjust(browser, item, "WASTE", "3", "");
            browser.waitForText("#stock-adjust-form [data-field=delta] .field-error", s.text("stock.deltaInvalid"));
            assertThat(stockItemNamed("لحم مفروم").getJsonNumber("level").longValue()).isZero();
            adjust(browser, item, "DELIVERY", "2000", "");
            browser.waitForText("#stock-adjust-form .form-message", s.text("stock.reasonDelivery"));
            browser.waitForText("[data-available='" + item + "']", "2,000");
            assertThat(stockItemNamed("لحم مفروم").getJsonNumber("level").longValue()).isEqualTo(2000);
            browser.driver().executeScript("window.scrollTo(0, 0)");
            shot(browser, "stock", "ar");
        }
    }

    // ---- the day's sales, pushed once by a real till

    private static synchronized void pushSales() {
        if (salesPushed) {
            return;
        }
        admin.setExchangeRate(ID, DemoBranch.LBP_PER_USD);
        try (PushingTill till = till(admin.enrollNew(ID, "Dashboard till"))) {
            // 12:15, 2 guests: 2 x Hummus 4.50 + Tabbouleh 5.50 = 14.50, $10 cash and the rest in pounds
            long a = at(DAY, 12, 15);
            OrderId checkA = till.open(a, 2, line(HUMMUS, "Hummus", 2, 450), line(TABBOULEH, "Tabbouleh", 1, 550));
            till.settle(checkA, a + 180_000, Payment.of(Money.of(1450, Currency.USD), List.of(
                    new Tender(Tender.Method.CASH, Money.of(1000, Currency.USD)),
                    new Tender(Tender.Method.CASH, Money.of(500_000, Currency.LBP))), RATE, VAT, Currency.LBP));
            // 19:40, 3 guests: 3 x Jallab 3.00 by card
            long b = at(DAY, 19, 40);
            OrderId checkB = till.open(b, 3, line(JALLAB, "Jallab", 3, 300));
            till.settle(checkB, b + 120_000, Payment.of(Money.of(900, Currency.USD), List.of(
                    new Tender(Tender.Method.CARD, Money.of(900, Currency.USD))), RATE, VAT, Currency.USD));
            // 21:00, 4 guests, still open
            till.open(at(DAY, 21, 0), 4, line(FATTOUSH, "Fattoush", 1, 550));
            // a week before: 2 x Tabbouleh = 11.00 cash
            long w = at(WEEK_BEFORE, 13, 0);
            OrderId weekBefore = till.open(w, 2, line(TABBOULEH, "Tabbouleh", 2, 550));
            till.settle(weekBefore, w + 60_000, cash(1100));
        }
        salesPushed = true;
    }

    private static JsonObject sales() {
        return ServerApi.expect(200, "sales", admin.get("/api/branches/" + ID + "/sales?day=" + DAY));
    }

    private static long net(JsonObject sales) {
        return sales.getJsonObject("totals").getJsonNumber("netMinor").longValue();
    }

    /** The page's figures are the REST answer's, in dollars and in pounds. */
    private static void assertFigures(AdminBrowser browser, JsonObject sales) {
        JsonObject totals = sales.getJsonObject("totals");
        JsonObject other = sales.getJsonObject("otherCurrency").getJsonObject("totals");
        browser.waitForText("#dash-net .figure", usd(totals.getJsonNumber("netMinor").longValue()));
        assertThat(text(browser, "#dash-net .figure")).isEqualTo(usd(totals.getJsonNumber("netMinor").longValue()));
        assertThat(text(browser, "#dash-net .dash-other")).isEqualTo(lbp(other.getJsonNumber("netMinor").longValue()));
        assertThat(text(browser, "#dash-vat .figure")).isEqualTo(usd(totals.getJsonNumber("vatMinor").longValue()));
        assertThat(text(browser, "#dash-vat .dash-other")).isEqualTo(lbp(other.getJsonNumber("vatMinor").longValue()));
        assertThat(text(browser, "#dash-gross .figure")).isEqualTo(usd(totals.getJsonNumber("grossMinor").longValue()));
        assertThat(text(browser, "#dash-discounts .figure"))
                .isEqualTo(usd(totals.getJsonNumber("discountsMinor").longValue()));
        assertThat(text(browser, "#dash-refunds .figure"))
                .isEqualTo(usd(totals.getJsonNumber("refundsMinor").longValue()));
        assertThat(text(browser, "#dash-orders .figure")).isEqualTo(String.valueOf(totals.getInt("orders")));
        assertThat(text(browser, "#dash-covers .figure")).isEqualTo(String.valueOf(totals.getInt("covers")));
        assertThat(text(browser, "#dash-average .figure"))
                .isEqualTo(usd(totals.getJsonNumber("averageCheckMinor").longValue()));
    }

    private static void assertCompare(AdminBrowser browser, Strings s, JsonObject sales) {
        long now = net(sales);
        long before = sales.getJsonObject("compare").getJsonObject("totals").getJsonNumber("netMinor").longValue();
        assertThat(before).isEqualTo(1100);
        String percent = String.format(Locale.ROOT, "%.1f", Math.round((now - before) * 1000.0 / before) / 10.0)
                .replaceAll("\\.0$", "") + "%";
        browser.waitForAttribute("#dash-compare", "data-trend", "up");
        assertThat(text(browser, "#dash-compare")).contains(s.text("dashboard.compareUp", "percent", percent, "day",
                WEEK_BEFORE.toString(), "amount", usd(before)));
    }

    /** Every bar and label of the chart lies inside the chart's box, and the box inside the window. */
    private static void assertChartInside(AdminBrowser browser) {
        Object outside = browser.driver().executeScript("""
                const box = document.getElementById('dash-chart').getBoundingClientRect();
                if (box.left < 0 || box.right > window.innerWidth) return 'chart';
                for (const n of document.querySelectorAll('#dash-chart rect, #dash-chart text')) {
                  const r = n.getBoundingClientRect();
                  if (r.width === 0 && r.height === 0) continue;
                  if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
                    return n.outerHTML;
                }
                return null;""");
        assertThat(outside).as("clipped out of the chart").isNull();
    }

    private static void showDay(AdminBrowser browser) {
        browser.visible("#dash-day-form input[name=day]");
        browser.driver().executeScript("const i = document.querySelector('#dash-day-form input[name=day]');"
                + "i.value = arguments[0]; i.dispatchEvent(new Event('change'));", DAY.toString());
        browser.waitForAttribute("#page-dashboard", "data-day", DAY.toString());
        browser.waitForText("#dash-chain", DAY.toString());
    }

    // ---- stock

    private static void adjust(AdminBrowser browser, String item, String reason, String delta, String note) {
        select(browser, "#stock-adjust-form select[name=stockItemId]", item);
        select(browser, "#stock-adjust-form select[name=reason]", reason);
        browser.type("#stock-adjust-form input[name=delta]", delta);
        browser.type("#stock-adjust-form input[name=note]", note);
        browser.click("#stock-adjust-form button[type=submit]");
    }

    private static void select(AdminBrowser browser, String css, String value) {
        browser.until(d -> !d.findElements(By.cssSelector(css + " option[value='" + value + "']")).isEmpty());
        browser.driver().executeScript("const s = document.querySelector(arguments[0]); s.value = arguments[1];"
                + "s.dispatchEvent(new Event('change'));", css, value);
    }

    private static JsonObject stockItemNamed(String name) {
        return row(admin.stock(ID), "name", name);
    }

    /** The stockLevel record of the item in the next change pages the till hears. */
    private static JsonObject stockLevelHeard(SyncClient till, String item) {
        long deadline = System.nanoTime() + AdminBrowser.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String frame = till.nextRaw(Duration.ofSeconds(5));
            if (frame == null) {
                continue;
            }
            JsonObject json = Json.createReader(new StringReader(frame)).readObject();
            if (!Changes.TYPE.equals(json.getString("type", ""))) {
                continue;
            }
            for (JsonValue v : json.getJsonArray("records")) {
                JsonObject record = v.asJsonObject();
                if (record.getString("entity").equals("stockLevel") && record.getString("recordId").equals(item)) {
                    return record.getJsonObject("payload");
                }
            }
        }
        throw new AssertionError("the till heard no new level of " + item);
    }

    // ---- helpers

    private static void signIn(AdminBrowser browser, Strings s) {
        if (browser.driver().findElements(By.id("signin-form")).isEmpty()) {
            browser.open("/admin/");
        }
        browser.type("#signin-form input[name=username]", ItServers.ADMIN_USER);
        browser.type("#signin-form input[name=password]", ItServers.ADMIN_PASSWORD);
        browser.click("#signin-form button[type=submit]");
        browser.waitForText("#signed-in-as", s.text("frame.signedInAs", "name", ItServers.ADMIN_USER));
    }

    private static String branchName() {
        return admin.branch(ID).getString("name");
    }

    private static String text(AdminBrowser browser, String css) {
        // Arabic sentences hold their numbers in bidi isolates, which are no text
        return browser.visible(css).getText().replaceAll("[\u2066-\u2069]", "").strip();
    }

    private static WebElement tableRow(AdminBrowser browser, String table, String text) {
        browser.waitForText(table, text);
        return browser.driver().findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + text + " in " + table));
    }

    private static JsonObject row(JsonArray rows, String key, String value) {
        return rows.getValuesAs(JsonObject.class).stream().filter(r -> r.getString(key).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " " + value + " in " + rows));
    }

    /** As the page writes dollars: 2350 -> "23.50 USD". */
    private static String usd(long cents) {
        return String.format(Locale.US, "%,.2f USD", cents / 100.0);
    }

    private static String lbp(long pounds) {
        return String.format(Locale.US, "%,d LBP", pounds);
    }

    private static long at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day.atTime(hour, minute), ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static OrderLine line(MenuItemId dish, String name, int quantity, long priceMinor) {
        return new OrderLine(OrderLineId.random(), dish, name, quantity, Money.of(priceMinor, Currency.USD));
    }

    private static Payment cash(long dueMinor) {
        Money due = Money.of(dueMinor, Currency.USD);
        return Payment.of(due, List.of(new Tender(Tender.Method.CASH, due)), RATE, VAT, Currency.USD);
    }

    private static void shot(AdminBrowser browser, String page, String lang) {
        browser.assertFitsTheWidth();
        String work = System.getProperty("cedarpos.testWorkDir");
        Path dir = (work == null ? Path.of("target") : Path.of(work).getParent()).resolve("admin-screenshots");
        browser.screenshot(dir.resolve("admin-" + page + "-" + lang + ".png"));
    }

    private static PushingTill till(Enrolled e) {
        return new PushingTill(server.wsUrl(), e, e.hello(0, admin.changeHead(ID)));
    }
}
