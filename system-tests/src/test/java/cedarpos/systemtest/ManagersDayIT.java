package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.ModifierOption;
import cedarpos.domain.Money;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.shift.Cash;
import cedarpos.domain.shift.ZReport;
import cedarpos.server.testing.AdminBrowser;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.Strings;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StockBook;
import cedarpos.terminal.store.TerminalStore;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.Select;

/**
 * A branch manager's day in the web admin, in a real Chromium, against the real server and two real tills (their
 * SQLite files, outboxes and sync workers, each over its own link that the test can cut): sign in with the manager's
 * own account; set the day's rate; add a dish with its Arabic name and an optional group of extras, which the
 * connected tills get at once; 86 it by a stock count; resolve the conflict the two tills made by changing one line
 * while they could not see each other, which both tills then get; read the Z report of the shift a till closed; export
 * the shifts as CSV. The same day in Arabic, mirrored. Every wait is on the page's state or the tills' files.
 */
class ManagersDayIT extends DemoServerPerClass {
    private static final Path ADMIN_PAGES = Path.of("../pos-server/src/main/webapp/admin");
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;
    private static final Duration TILL_WAIT = Duration.ofSeconds(60);

    /** What one language's day uses, so the two runs on one server do not meet. */
    private record Day(String lang, long lbpPerUsd, String dishEn, String dishAr, String groupEn, String groupAr,
                       String stockItem) {
        static Day of(String lang) {
            return lang.equals("en")
                    ? new Day(lang, 90_000, "Kafta bel sayniyeh", "كفتة بالصينية", "Kafta extras", "إضافات الكفتة",
                    "Kafta tray mix")
                    : new Day(lang, 91_500, "Samke harra", "سمكة حرة", "Fish extras", "إضافات السمك", "Harra fish");
        }

        /** The dish as the page names it in its language. */
        String dish() {
            return lang.equals("ar") ? dishAr : dishEn;
        }

        String group() {
            return lang.equals("ar") ? groupAr : groupEn;
        }

        String manager() {
            return "nadine." + lang;
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "ar"})
    void aManagerRunsTheBranchFromTheBrowserAndTheTillsFollow(String lang) throws IOException {
        Day day = Day.of(lang);
        Strings s = Strings.load(ADMIN_PAGES, lang);
        String password = "manager-day-" + lang + "-1";
        fleet.api().createManager(day.manager(), password, BRANCH);
        Linked counter = fleet.startLinked("Counter " + lang.toUpperCase());
        Linked terrace = fleet.startLinked("Terrace " + lang.toUpperCase());
        Path downloads = Files.createTempDirectory("cedarpos-managers-day-");
        try (AdminBrowser browser = AdminBrowser.start(server.httpUrl(), WIDTH, HEIGHT, downloads)) {
            try {
                signIn(browser, s, day.manager(), password);
                setTheRate(browser, s, day, counter, terrace);
                MenuItemId dish = addTheDish(browser, s, day, counter, terrace);
                eightySix(browser, s, day, dish, counter, terrace);
                MergedOrder check = resolveTheConflict(browser, s, counter, terrace);
                ZReport z = closeAShiftOnTheCounter(counter, check);
                readTheZReport(browser, s, counter, z);
                exportTheShifts(browser, downloads, counter, z);
                assertThat(browser.driver().findElement(org.openqa.selenium.By.tagName("html"))
                        .getDomAttribute("dir")).isEqualTo(s.dir());
            } catch (RuntimeException | AssertionError failed) {
                throw browser.diagnosed(failed);
            }
        }
    }

    private static void signIn(AdminBrowser browser, Strings s, String user, String password) {
        browser.open("/admin/");
        browser.visible("#signin-form");
        if (!s.lang().equals("en")) {
            browser.click("#lang-switch");
        }
        browser.waitForAttribute("html", "lang", s.lang());
        browser.waitForAttribute("html", "dir", s.dir());
        browser.type("#signin-form input[name=username]", user);
        browser.type("#signin-form input[name=password]", password);
        browser.click("#signin-form button[type=submit]");
        browser.waitForText("#signed-in-as", s.text("frame.signedInAs", "name", user));
        // the manager's only branch is the one shown
        browser.until(d -> BRANCH.toString().equals(new Select(d.findElement(
                org.openqa.selenium.By.id("branch-switcher"))).getFirstSelectedOption().getDomAttribute("value")));
    }

    /** The rate of the day: saved, shown, and on both tills' next sale. */
    private void setTheRate(AdminBrowser browser, Strings s, Day day, Linked... tills) {
        browser.navigate("rates");
        browser.until(d -> !d.findElement(org.openqa.selenium.By.id("rate-current")).getText().isBlank());
        browser.type("#rate-form input[name=lbpPerUsd]", Long.toString(day.lbpPerUsd()));
        browser.click("#rate-form button[type=submit]");
        String shown = String.format(Locale.ROOT, "%,d", day.lbpPerUsd());
        browser.waitForText("#rate-form .form-message", s.text("rates.rateSaved", "rate", shown));
        browser.waitForText("#rate-current", shown);
        for (Linked till : tills) {
            Await.until(TILL_WAIT, till.name() + " sells at " + shown + " LBP per USD",
                    () -> settings(till).rate().lbpPerUsd() == day.lbpPerUsd());
        }
    }

    /** A dish with its Arabic name, then an optional group of two extras for it: on both tills, in both languages. */
    private MenuItemId addTheDish(AdminBrowser browser, Strings s, Day day, Linked... tills) {
        browser.navigate("menu");
        browser.waitForText("#page-menu h1", s.text("menu.title"));
        browser.click("#dish-add");
        browser.type("#dish-form input[name=category]", "Grills");
        browser.type("#dish-form input[name=nameEn]", day.dishEn());
        browser.type("#dish-form input[name=nameAr]", day.dishAr());
        browser.type("#dish-form input[name=priceMinor]", "14.00");
        browser.click("#dish-form button[type=submit]");
        browser.waitForText("#dishes .form-message", s.text("menu.dishAdded", "name", day.dish()));
        MenuItemId dish = MenuItemId.parse(menuItem(day.dishEn()).getString("id"));
        browser.waitForText("#dish-table tr[data-dish='" + dish + "']", day.dishAr());
        for (Linked till : tills) {
            Await.until(TILL_WAIT, till.name() + " sells " + day.dishEn(), () -> onTill(till, dish).isPresent());
            MenuItem item = onTill(till, dish).orElseThrow();
            assertThat(item.nameAr()).isEqualTo(day.dishAr());
            assertThat(item.price()).isEqualTo(Money.of(1400, Currency.USD));
        }

        browser.click("#group-add");
        browser.type("#group-form input[name=nameEn]", day.groupEn());
        browser.type("#group-form input[name=nameAr]", day.groupAr());
        browser.type("#group-form input[name=max]", "2");
        browser.type("#group-form [data-field='options[0].nameEn'] input", "Extra toum");
        browser.type("#group-form [data-field='options[0].nameAr'] input", "ثوم إضافي");
        browser.type("#group-form [data-field='options[0].priceMinor'] input", "0.50");
        browser.click("#option-add");
        browser.type("#group-form [data-field='options[1].nameEn'] input", "Pickles");
        browser.type("#group-form [data-field='options[1].nameAr'] input", "مخلل");
        browser.click("#group-form [data-dish-pick='" + dish + "']");
        browser.click("#group-form button[type=submit]");
        browser.waitForText("#groups .form-message", s.text("menu.groupAdded", "name", day.group()));
        browser.waitForText("#dish-table tr[data-dish='" + dish + "']", day.group());
        for (Linked till : tills) {
            Await.until(TILL_WAIT, till.name() + " offers " + day.groupEn() + " with " + day.dishEn(),
                    () -> !till.terminal().store().cashier().modifiersFor(dish).isEmpty());
            ModifierGroup group = till.terminal().store().cashier().modifiersFor(dish).get(0);
            assertThat(group.nameAr()).isEqualTo(day.groupAr());
            assertThat(group.required()).isFalse();
            assertThat(group.max()).isEqualTo(2);
            assertThat(group.options()).extracting(ModifierOption::nameAr).containsExactly("ثوم إضافي", "مخلل");
            assertThat(group.options().get(0).priceDelta()).isEqualTo(Money.of(50, Currency.USD));
        }
        return dish;
    }

    /** A stock item none of which is left, made the dish's recipe: the dish is on the 86 list and sold out on both tills. */
    private void eightySix(AdminBrowser browser, Strings s, Day day, MenuItemId dish, Linked... tills) {
        browser.navigate("stock");
        browser.waitForText("#page-stock h1", s.text("stock.title"));
        browser.type("#stock-item-form input[name=name]", day.stockItem());
        browser.type("#stock-item-form input[name=unit]", "trays");
        browser.click("#stock-item-form button[type=submit]");
        browser.waitForText("#stock-item-form .form-message", s.text("stock.added", "name", day.stockItem()));
        String item = ServerApi.array("stock", fleet.api().get("/api/branches/" + BRANCH + "/stock")).stream()
                .map(v -> v.asJsonObject()).filter(i -> i.getString("name").equals(day.stockItem())).findFirst()
                .orElseThrow().getString("id");
        select(browser, "#stock-recipe-form select[name=menuItemId]", dish.toString());
        select(browser, "#stock-recipe-form select[name='portions[0].stockItemId']", item);
        browser.type("#stock-recipe-form input[name='portions[0].perPortion']", "1");
        browser.click("#stock-recipe-form button[type=submit]");
        browser.waitForText("#stock-recipe-form .form-message", s.text("stock.recipeSaved", "dish", day.dish()));
        browser.waitForText("#stock-sold-out-table [data-menu-item='" + dish + "']", day.dish());
        for (Linked till : tills) {
            Await.until(TILL_WAIT, till.name() + " shows " + day.dishEn() + " sold out", () -> {
                StockBook.Dish onTill = till.terminal().store().stock().dishes().get(dish);
                return onTill != null && onTill.soldOut();
            });
        }
    }

    /**
     * The counter opens a check of Hummus; both tills lose the link and change its quantity, 3 and 5; back online the
     * server holds a conflict. The manager keeps the counter's 3 in the page, and both tills get it.
     */
    private MergedOrder resolveTheConflict(AdminBrowser browser, Strings s, Linked counter, Linked terrace) {
        TerminalStore store = counter.terminal().store();
        MergedOrder opened = store.orders().open(DemoBranch.TABLE_2, 2,
                List.of(new NewLine(DemoBranch.HUMMUS_DISH, 1)), "Karim Nassar");
        OrderLineId line = opened.lines().get(0).line().id();
        Await.until(TILL_WAIT, "the terrace till has the check", () -> terrace.terminal().store().orders()
                .find(opened.id()).isPresent());
        counter.offline();
        terrace.offline();
        store.orders().changeQuantity(opened.id(), line, 3);
        terrace.terminal().store().orders().changeQuantity(opened.id(), line, 5);
        counter.online();
        terrace.online();
        Await.until(TILL_WAIT, "a conflict on the server", () -> conflictOf(opened).isPresent());
        JsonObject conflict = conflictOf(opened).orElseThrow();
        String counters = conflict.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("terminalId").equals(store.terminalId().toString())).findFirst()
                .orElseThrow().getString("stamp");

        browser.navigate("conflicts");
        browser.waitForText("#page-conflicts h1", s.text("conflicts.title"));
        String card = "[data-conflict='" + conflict.getString("id") + "']";
        String version = card + " [data-version='" + counters + "']";
        browser.waitForText(version, counter.name());
        assertThat(browser.visible(version + " .value").getText()).isEqualTo("3");
        browser.waitForText(card, terrace.name());
        browser.click(version + " [data-keep]");
        browser.waitForText("#conflicts-notice", s.text("conflicts.resolvedDone", "how",
                s.text("conflicts.howKeep", "till", counter.name(), "value", "quantity 3")));
        browser.waitGone(card);
        for (Linked till : List.of(counter, terrace)) {
            Await.until(TILL_WAIT, till.name() + " has the manager's choice", () -> {
                MergedOrder o = till.order(opened.id());
                return o.conflicts().isEmpty() && o.lines().get(0).line().quantity() == 3;
            });
        }
        return counter.order(opened.id());
    }

    /**
     * The counter's shift: $100 and LBP 1,000,000 of float, the check paid in dollars, $1.50 short and LBP 2,500 over
     * at the count.
     */
    private ZReport closeAShiftOnTheCounter(Linked counter, MergedOrder check) {
        TerminalStore store = counter.terminal().store();
        store.shifts().open("Karim Nassar", Money.of(10_000, Currency.USD), Money.of(1_000_000, Currency.LBP));
        BranchSettings settings = store.cashier().settings();
        Money due = settings.vat().due(check.total());
        Payment payment = Payment.of(due, List.of(new Tender(Tender.Method.CASH, due)), settings.rate(),
                settings.vat(), Currency.USD);
        assertThat(store.payments().settle(check.id(), payment).status()).isEqualTo(OrderStatus.SETTLED);
        Cash expected = Cash.of(10_000 + due.minor(), 1_000_000);
        ZReport z = store.shifts().close("Karim Nassar", Money.of(expected.usd().minor() - 150, Currency.USD),
                Money.of(expected.lbp().minor() + 2_500, Currency.LBP));
        assertThat(z.drawer().expected()).isEqualTo(expected);
        counter.online();
        return z;
    }

    /** The shift's row (expected, counted, short and over) and its Z report, to the unit, as the till computed it. */
    private void readTheZReport(AdminBrowser browser, Strings s, Linked counter, ZReport z) {
        Await.until(TILL_WAIT, "the closed shift on the server", () -> fleet.api().shifts(BRANCH, 100)
                .getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("operation").equals("close")
                        && r.getString("terminalId").equals(counter.terminal().store().terminalId().toString())));
        browser.navigate("shifts");
        browser.waitForText("#page-shifts h1", s.text("shifts.title"));
        String row = "#shifts-table tr[data-shift='" + z.shiftId() + "']";
        browser.waitForText(row, counter.name());
        browser.waitForText(row, usd(z.drawer().expected().usd().minor()));
        browser.waitForText(row, usd(z.drawer().counted().usd().minor()));
        assertThat(browser.visible(row + " .diff.short").getText()).contains("−1.50 USD")
                .contains(s.text("shifts.short"));
        assertThat(browser.visible(row + " .diff.over").getText()).contains("2,500 LBP");
        browser.click(row + " [data-z]");
        browser.waitForText("#z-report h2", s.text("shifts.z.title"));
        browser.waitForText("#z-report h2", counter.name());
        ZReport.Drawer d = z.drawer();
        browser.waitForText("#z-drawer [data-cell='openingFloat-USD']", "100.00 USD");
        browser.waitForText("#z-drawer [data-cell='openingFloat-LBP']", "1,000,000 LBP");
        browser.waitForText("#z-drawer [data-cell='cashTendered-USD']", usd(d.cashTendered().usd().minor()));
        browser.waitForText("#z-drawer [data-cell='expected-USD']", usd(d.expected().usd().minor()));
        browser.waitForText("#z-drawer [data-cell='counted-LBP']", lbp(d.counted().lbp().minor()));
        browser.waitForText("#z-drawer [data-cell='difference-USD']", "−1.50 USD");
        browser.waitForText("#z-drawer [data-cell='difference-LBP']", "2,500 LBP");
        browser.waitForText("#z-sales", usd(z.netSales().minor()));
    }

    /** The shifts table as a CSV file: the header in the page's language, the counter's shift with its figures. */
    private void exportTheShifts(AdminBrowser browser, Path downloads, Linked counter, ZReport z) {
        browser.click("#shifts-table-csv");
        List<String> lines = browser.csvLines(downloads, "shifts-Cedar-Grill-Hamra-");
        assertThat(lines.get(0)).startsWith("\uFEFF\"");
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .contains("\"" + counter.name() + " (" + z.shiftId() + ")\"")
                .contains(usd(z.drawer().expected().usd().minor()))
                .contains("−1.50 USD"));
    }

    private static BranchSettings settings(Linked till) {
        return till.terminal().store().cashier().settings();
    }

    private static Optional<MenuItem> onTill(Linked till, MenuItemId dish) {
        return till.terminal().store().cashier().menuItem(dish);
    }

    private JsonObject menuItem(String nameEn) {
        return ServerApi.expect(200, "menu", fleet.api().get("/api/branches/" + BRANCH + "/menu"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("nameEn").equals(nameEn)).findFirst()
                .orElseThrow(() -> new AssertionError("no dish " + nameEn));
    }

    private Optional<JsonObject> conflictOf(MergedOrder order) {
        return fleet.api().conflicts(BRANCH, "open").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("orderId").equals(order.id().toString())).findFirst();
    }

    private static void select(AdminBrowser browser, String css, String value) {
        browser.until(d -> {
            Select select = new Select(d.findElement(org.openqa.selenium.By.cssSelector(css)));
            return select.getOptions().stream().anyMatch(o -> value.equals(o.getDomAttribute("value")));
        });
        new Select(browser.visible(css)).selectByValue(value);
    }

    private static String usd(long cents) {
        return (cents < 0 ? "−" : "") + String.format(Locale.ROOT, "%,.2f USD", Math.abs(cents) / 100.0);
    }

    private static String lbp(long pounds) {
        return (pounds < 0 ? "−" : "") + String.format(Locale.ROOT, "%,d LBP", Math.abs(pounds));
    }
}
