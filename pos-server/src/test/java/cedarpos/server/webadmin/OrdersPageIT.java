package cedarpos.server.webadmin;

import static cedarpos.server.testing.DemoBranch.ID;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.LineModifier;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.audit.AuditEvent;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Refund;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.VoidMark;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.pay.Vat;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.server.testing.AdminBrowser;
import cedarpos.server.testing.CashierTill;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.ManagerApiIT;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.PushingTill;
import cedarpos.server.testing.Strings;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * The manager's Orders page in a real Chromium against the real server, with orders two real tills pushed over their
 * WebSockets: today a paid check on T1 (modifiers, seats and courses, a line discount, a void, cash in dollars and
 * pounds, a refund in pounds and its audit record) from one till, a check sent to the kitchen on T2 and a cancelled
 * one on T3 from the other, and yesterday a paid check on T1. Found by till, table, status and day; the paid one
 * opened; the list exported as CSV; then the same in Arabic. Over REST: the filters' answers, paging with a filter,
 * bad values refused by name, another branch's manager forbidden. Every wait is on the page's state.
 * Screenshots: target/admin-screenshots/admin-orders-{en,ar}.png, admin-order-detail-{en,ar}.png.
 */
class OrdersPageIT extends ManagerApiIT {
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;
    private static final MenuItemId LAHM_MESHWI = CashierTill.dish(9);
    private static final MenuItemId TABBOULEH = CashierTill.dish(3);
    private static final TableId TABLE_3 = TableId.parse("c0000000-0000-4000-8000-000000000003");
    private static final ExchangeRate RATE = new ExchangeRate(DemoBranch.LBP_PER_USD);
    private static final Vat VAT = new Vat(DemoBranch.VAT_BP, true);
    private static final String BAR = "Bar till";
    private static final String TERRACE = "Terrace till";
    private static Orders orders;

    /** What the two tills pushed, and the business days they fall on. */
    private record Orders(TerminalId bar, TerminalId terrace, OrderId paid, OrderId sent, OrderId cancelled,
                          OrderId yesterdays, LocalDate today, LocalDate yesterday, OrderLineId lahm,
                          OrderLineId hummus, OrderLineId tabbouleh) {
    }

    @Test
    void aManagerFindsOrdersByTillTableStatusAndDayAndReadsOneInEnglish() throws Exception {
        Orders o = pushed();
        Strings s = Strings.load("en");
        Path downloads = Files.createTempDirectory("cedarpos-downloads-");
        try (AdminBrowser browser = AdminBrowser.start(server.httpUrl(), WIDTH, HEIGHT, downloads)) {
            try {
                signIn(browser, s);
                browser.navigate("orders");
                browser.waitForText("#page-orders h1", s.text("orders.title"));

                // today by default: the three checks of today, newest first, not yesterday's
                browser.waitForAttribute("#page-orders", "data-day", o.today().toString());
                assertThat(browser.visible("#orders-filter input[name=day]").getDomProperty("value"))
                        .isEqualTo(o.today().toString());
                showsExactly(browser, o.cancelled(), o.sent(), o.paid());
                browser.waitForText("#orders-summary", s.text("orders.summary", "n", "3", "where",
                        s.text("orders.onDay", "day", o.today().toString())));
                String paidRow = row(o.paid());
                assertThat(browser.visible(paidRow).getText()).contains("#" + o.paid().number()).contains("T1")
                        .contains(BAR).contains(s.text("orders.statusSETTLED")).contains("35.05 USD")
                        .contains("−4.05 USD");
                assertThat(browser.visible(row(o.sent())).getText()).contains("T2").contains(TERRACE)
                        .contains(s.text("orders.statusSENT")).contains("9.00 USD").contains("0.00 USD");
                assertThat(browser.visible(row(o.cancelled())).getText()).contains("T3")
                        .contains(s.text("orders.statusCANCELLED"));
                browser.driver().executeScript("window.scrollTo(0, 0)");
                shot(browser, "orders", "en");

                // by till, by table, by status
                select(browser, "terminal", o.terrace().toString());
                showsExactly(browser, o.cancelled(), o.sent());
                select(browser, "terminal", "");
                showsExactly(browser, o.cancelled(), o.sent(), o.paid());
                select(browser, "table", DemoBranch.TABLE_1.toString());
                showsExactly(browser, o.paid());
                select(browser, "table", "");
                showsExactly(browser, o.cancelled(), o.sent(), o.paid());
                select(browser, "status", "settled");
                showsExactly(browser, o.paid());
                select(browser, "status", "cancelled");
                showsExactly(browser, o.cancelled());
                select(browser, "status", "open,sent");
                showsExactly(browser, o.sent());
                select(browser, "status", "");
                showsExactly(browser, o.cancelled(), o.sent(), o.paid());

                // yesterday: only yesterday's check; back to today
                pickDay(browser, o.yesterday());
                showsExactly(browser, o.yesterdays());
                browser.waitForText("#orders-summary", s.text("orders.summary", "n", "1", "where",
                        s.text("orders.onDay", "day", o.yesterday().toString())));
                browser.click("#orders-today");
                browser.waitForAttribute("#page-orders", "data-day", o.today().toString());
                showsExactly(browser, o.cancelled(), o.sent(), o.paid());
                // any day, one till: both of the bar till's checks
                browser.click("#orders-any-day");
                browser.waitForAttribute("#page-orders", "data-day", "any");
                select(browser, "terminal", o.bar().toString());
                showsExactly(browser, o.paid(), o.yesterdays());
                select(browser, "terminal", "");
                browser.click("#orders-today");
                showsExactly(browser, o.cancelled(), o.sent(), o.paid());

                // the CSV holds the rows the table shows
                browser.click("#orders-table-csv");
                List<String> lines = browser.csvLines(downloads, "orders-Cedar-Grill-Hamra-" + o.today() + ".csv");
                assertThat(lines.get(0)).isEqualTo("\uFEFF\"Number\",\"Table\",\"Till\",\"Opened\",\"Closed\","
                        + "\"Status\",\"Total\",\"Paid\",\"Refunded\"");
                assertThat(lines).hasSize(4);
                String paidLine = lines.stream().filter(l -> l.startsWith("\"" + o.paid().number() + "\""))
                        .findFirst().orElseThrow();
                assertThat(paidLine).contains("\"T1\",\"" + BAR + "\"").contains("\"Paid\",\"35.05 USD\",\"35.05 USD\","
                        + "\"−4.05 USD\"").matches(".*\"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\".*");
                assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"" + o.sent().number() + "\"")
                        .contains("\"T2\",\"" + TERRACE + "\"").contains("\"Sent to the kitchen\""));
                assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"" + o.cancelled().number() + "\"")
                        .contains("\"Cancelled\""));

                // the paid check: its lines, payment, refund and audit record
                browser.click(paidRow + " [data-open]");
                String detail = "#order-detail[data-order='" + o.paid() + "']";
                browser.waitForText(detail + " h2", s.text("orders.detailTitle", "number", o.paid().number()));
                assertPaidCheck(browser, s, o);
                browser.waitForText("#order-opened", "Karim Nassar");
                browser.waitForText("#order-opened", BAR);
                browser.waitForText("#order-rate", s.text("orders.rate", "rate", "89,500"));
                browser.waitForText("#order-rate", s.text("orders.vatIncluded", "percent", "11"));
                browser.driver().executeScript("document.getElementById('order-detail').scrollIntoView()");
                shot(browser, "order-detail", "en");

                // the smallest tablet the admin is made for: the list and the detail fit its width
                browser.driver().manage().window().setSize(new Dimension(1024, 768));
                browser.until(d -> ((Number) browser.driver().executeScript("return window.innerWidth")).intValue()
                        <= 1024);
                browser.assertFitsTheWidth();
                browser.click("#order-close");
                browser.waitGone("#order-detail");
                browser.assertFitsTheWidth();
            } catch (RuntimeException | AssertionError failed) {
                throw browser.diagnosed(failed);
            }
        }
    }

    @Test
    void theArabicPageIsMirroredAndFindsTheSameOrders() throws Exception {
        Orders o = pushed();
        Strings s = Strings.load("ar");
        Path downloads = Files.createTempDirectory("cedarpos-downloads-");
        try (AdminBrowser browser = AdminBrowser.start(server.httpUrl(), WIDTH, HEIGHT, downloads)) {
            try {
                browser.open("/admin/");
                browser.visible("#signin-form");
                browser.click("#lang-switch");
                browser.waitForAttribute("html", "lang", "ar");
                browser.waitForAttribute("html", "dir", "rtl");
                signIn(browser, s);
                browser.navigate("orders");
                browser.waitForText("#nav-orders", s.text("orders.nav"));
                browser.waitForText("#page-orders h1", s.text("orders.title"));
                browser.waitForAttribute("#page-orders", "data-day", o.today().toString());
                showsExactly(browser, o.cancelled(), o.sent(), o.paid());
                browser.waitForText("#orders-table thead", s.text("orders.colTill"));
                assertThat(browser.visible(row(o.paid())).getText()).contains(s.text("orders.statusSETTLED"))
                        .contains("35.05 USD").contains("−4.05 USD").contains(BAR);
                assertThat(browser.visible(row(o.sent())).getText()).contains(s.text("orders.statusSENT"));
                // mirrored: the first column (the number) is on the right
                assertThat(rightOf(browser, "#orders-table th:first-child", "#orders-table th:last-child")).isTrue();
                browser.driver().executeScript("window.scrollTo(0, 0)");
                shot(browser, "orders", "ar");

                select(browser, "terminal", o.terrace().toString());
                showsExactly(browser, o.cancelled(), o.sent());
                select(browser, "terminal", "");
                showsExactly(browser, o.cancelled(), o.sent(), o.paid());
                select(browser, "table", DemoBranch.TABLE_1.toString());
                showsExactly(browser, o.paid());
                select(browser, "table", "");
                showsExactly(browser, o.cancelled(), o.sent(), o.paid());
                select(browser, "status", "cancelled");
                showsExactly(browser, o.cancelled());
                select(browser, "status", "");
                pickDay(browser, o.yesterday());
                showsExactly(browser, o.yesterdays());
                browser.click("#orders-today");
                showsExactly(browser, o.cancelled(), o.sent(), o.paid());

                browser.click("#orders-table-csv");
                List<String> lines = browser.csvLines(downloads, "orders-Cedar-Grill-Hamra-" + o.today() + ".csv");
                assertThat(lines.get(0)).isEqualTo("\uFEFF\"الرقم\",\"الطاولة\",\"الجهاز\",\"فُتحت\",\"أُغلقت\","
                        + "\"الحالة\",\"المجموع\",\"المدفوع\",\"المسترد\"");
                assertThat(lines).hasSize(4);
                assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"" + o.paid().number() + "\"")
                        .contains("\"" + s.text("orders.statusSETTLED") + "\",\"35.05 USD\""));

                browser.click(row(o.paid()) + " [data-open]");
                browser.waitForText("#order-detail[data-order='" + o.paid() + "'] h2",
                        s.text("orders.detailTitle", "number", o.paid().number()));
                assertPaidCheck(browser, s, o);
                // the modifiers in Arabic, as the till chose them
                browser.waitForText("#order-lines", "ثوم إضافي");
                browser.driver().executeScript("document.getElementById('order-detail').scrollIntoView()");
                shot(browser, "order-detail", "ar");
                assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
            } catch (RuntimeException | AssertionError failed) {
                throw browser.diagnosed(failed);
            }
        }
    }

    @Test
    void theFiltersAnswerOverRestRefuseBadValuesByNameAndStayInTheBranch() {
        Orders o = pushed();
        String base = "/api/branches/" + ID + "/orders";
        assertThat(ids(admin.get(base + "?day=" + o.today()))).containsExactly(o.cancelled(), o.sent(), o.paid());
        assertThat(ids(admin.get(base + "?day=today&terminal=" + o.terrace()))).containsExactly(o.cancelled(), o.sent());
        assertThat(ids(admin.get(base + "?terminal=" + o.bar()))).containsExactly(o.paid(), o.yesterdays());
        assertThat(ids(admin.get(base + "?table=" + DemoBranch.TABLE_1 + "&day=" + o.yesterday())))
                .containsExactly(o.yesterdays());
        assertThat(ids(admin.get(base + "?status=SETTLED"))).containsExactly(o.paid(), o.yesterdays());
        assertThat(ids(admin.get(base + "?status=open,sent&day=today"))).containsExactly(o.sent());
        assertThat(ids(admin.get(base + "?table=" + TableId.random()))).isEmpty();

        // "today" answers which day it was; a page of one names the next with the same filters and the day written out
        HttpResponse<String> first = admin.get(base + "?day=today&terminal=" + o.terrace() + "&limit=1");
        assertThat(first.headers().firstValue("X-Business-Day")).hasValue(o.today().toString());
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("2");
        String next = ServerApi.nextPage(first);
        assertThat(next).contains("terminal=" + o.terrace()).contains("day=" + o.today()).contains("after=");
        HttpResponse<String> second = admin.get(next);
        assertThat(second.headers().firstValue("X-Total-Count")).hasValue("2");
        assertThat(ServerApi.nextPage(second)).isNull();
        assertThat(Stream.concat(ids(first).stream(), ids(second).stream()).toList())
                .containsExactly(o.cancelled(), o.sent());

        // the list row: number, till, staff, closing time, paid and refunded
        JsonObject paidRow = ServerApi.array("orders", admin.get(base + "?status=settled&day=today"))
                .getJsonObject(0);
        assertThat(paidRow.getString("number")).isEqualTo(o.paid().number());
        assertThat(paidRow.getString("openedBy")).isEqualTo(o.bar().toString());
        assertThat(paidRow.getString("staffName")).isEqualTo("Karim Nassar");
        assertThat(paidRow.getJsonNumber("closedAtMs").longValue()).isGreaterThan(paidRow.getJsonNumber("openedAtMs")
                .longValue());
        assertThat(paidRow.getJsonNumber("paidMinor").longValue()).isEqualTo(3505);
        assertThat(paidRow.getJsonNumber("refundedMinor").longValue()).isEqualTo(405);
        // the detail: seats, courses, the line discount, the payment's till, the refund in pounds
        JsonObject paid = admin.order(ID, o.paid().toString());
        assertThat(paid.getJsonNumber("paidMinor").longValue()).isEqualTo(3505);
        JsonObject hummus = paid.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("name").equals("Hummus")).findFirst().orElseThrow();
        assertThat(hummus.getInt("seat")).isEqualTo(2);
        assertThat(hummus.getInt("course")).isEqualTo(1);
        assertThat(hummus.getJsonObject("discount").getString("reason")).isEqualTo("birthday");
        assertThat(hummus.getJsonNumber("discountMinor").longValue()).isEqualTo(45);
        assertThat(paid.getJsonObject("paidWith").getString("terminalId")).isEqualTo(o.bar().toString());
        JsonObject refund = paid.getJsonArray("refunds").getJsonObject(0);
        assertThat(refund.getJsonObject("paidBack").getString("currency")).isEqualTo("LBP");
        assertThat(refund.getJsonObject("paidBack").getJsonNumber("minor").longValue()).isEqualTo(362_475);
        assertThat(refund.getString("approvedBy")).isEqualTo("Rana Haddad");

        // bad values: 400 naming the parameter
        refused(admin.get(base + "?day=2026-13-40"), "day");
        refused(admin.get(base + "?day="), "day");
        refused(admin.get(base + "?day=yesterday"), "day");
        refused(admin.get(base + "?status=lost"), "status");
        refused(admin.get(base + "?status=settled,"), "status");
        refused(admin.get(base + "?terminal=not-a-till"), "terminal");
        refused(admin.get(base + "?terminal=" + o.bar().toString().toUpperCase()), "terminal");
        refused(admin.get(base + "?table=T1"), "table");
        refused(admin.get(base + "?limit=1001"), "limit");
        refused(admin.get(base + "?after=12"), "after");

        // a manager of another branch sees neither the list nor an order of this one
        BranchId elsewhere = admin.createBranch("Orders elsewhere", "USD");
        admin.createManager("orders-manager", "orders-manager-pass-1", elsewhere);
        ServerApi manager = admin.as("orders-manager", "orders-manager-pass-1");
        for (HttpResponse<String> r : List.of(manager.get(base + "?day=today"),
                manager.get(base + "/" + o.paid()), manager.get(base + "?status=lost"))) {
            CashierTill.assertRefused(r, 403, "BRANCH_FORBIDDEN");
        }
        assertThat(ids(manager.get("/api/branches/" + elsewhere + "/orders?day=today"))).isEmpty();
    }

    // ---- the page

    /** The detail of the paid check: lines, payment in both currencies, the refund in pounds, the audit record. */
    private static void assertPaidCheck(AdminBrowser browser, Strings s, Orders o) {
        String lahm = "#order-lines tr[data-line='" + o.lahm() + "']";
        browser.waitForText(lahm, "Lahm Meshwi");
        assertThat(browser.visible(lahm).getText()).contains("15.50 USD").contains("31.00 USD").contains("0.50 USD")
                .contains(s.text("orders.note", "note", "no onions"));
        String hummus = "#order-lines tr[data-line='" + o.hummus() + "']";
        assertThat(browser.visible(hummus).getText()).contains("Hummus")
                .contains(s.text("orders.lineDiscount", "discount", "10%", "reason", "birthday"))
                .contains("−0.45 USD").contains("4.05 USD");
        String tabbouleh = "#order-lines tr[data-line='" + o.tabbouleh() + "']";
        assertThat(browser.visible(tabbouleh).getDomAttribute("class")).isEqualTo("voided");
        assertThat(browser.visible(tabbouleh).getText()).contains("Tabbouleh").contains(s.text("orders.voided"))
                .contains("kitchen ran out").contains("Rana Haddad");
        // seat and course of each line: 1/1, 2/1, 2/2
        assertThat(cells(browser, lahm + " td:nth-child(3)", lahm + " td:nth-child(4)")).containsExactly("1", "1");
        assertThat(cells(browser, hummus + " td:nth-child(3)", hummus + " td:nth-child(4)"))
                .containsExactly("2", "1");
        assertThat(cells(browser, tabbouleh + " td:nth-child(3)", tabbouleh + " td:nth-child(4)"))
                .containsExactly("2", "2");
        browser.waitForText("#order-payments", "20.00 USD");
        browser.waitForText("#order-payments", "1,346,975 LBP");
        browser.waitForText("#order-payments", s.text("orders.methodCASH"));
        browser.waitForText("#order-payments", BAR);
        browser.waitForText("#order-refunds", "−4.05 USD");
        browser.waitForText("#order-refunds", "362,475 LBP");
        browser.waitForText("#order-refunds", "cold food");
        browser.waitForText("#order-refunds", "Rana Haddad");
        browser.waitForText("#order-audit", "TILL_REFUND");
        browser.waitForText("#order-audit", "Karim Nassar (approved by Rana Haddad)");
        browser.waitForText("#order-audit", BAR);
        browser.waitForText("#order-detail [data-figure=total]", "35.05 USD");
        browser.waitForText("#order-detail [data-figure=paid]", "35.05 USD");
        browser.waitForText("#order-detail [data-figure=refunded]", "−4.05 USD");
        browser.waitForText("#order-closed", s.text("orders.settledAt", "time", "").strip());
    }

    private static List<String> cells(AdminBrowser browser, String... css) {
        return Stream.of(css).map(c -> browser.visible(c).getText().strip()).toList();
    }

    private static String row(OrderId order) {
        return "#orders-table tr[data-order='" + order + "']";
    }

    /**
     * Waits until the table lists exactly these orders, in this order (newest first); read in one script, since the
     * page redraws the table on every answer.
     */
    private static void showsExactly(AdminBrowser browser, OrderId... expected) {
        List<String> wanted = Stream.of(expected).map(OrderId::toString).toList();
        browser.until(d -> wanted.equals(browser.driver().executeScript("return [...document.querySelectorAll("
                + "'#orders-table tbody tr[data-order]')].map(row => row.getAttribute('data-order'))")));
    }

    private static void select(AdminBrowser browser, String name, String value) {
        new Select(browser.visible("#orders-filter select[name=" + name + "]")).selectByValue(value);
    }

    /** A day in the date input, as the picker would set it. */
    private static void pickDay(AdminBrowser browser, LocalDate day) {
        browser.driver().executeScript("const input = document.querySelector('#orders-filter input[name=day]');"
                + "input.value = arguments[0]; input.dispatchEvent(new Event('change'));", day.toString());
        browser.waitForAttribute("#page-orders", "data-day", day.toString());
    }

    private static boolean rightOf(AdminBrowser browser, String a, String b) {
        return (Boolean) browser.driver().executeScript("return document.querySelector(arguments[0])"
                + ".getBoundingClientRect().left > document.querySelector(arguments[1]).getBoundingClientRect().left",
                a, b);
    }

    private static void signIn(AdminBrowser browser, Strings s) {
        browser.open("/admin/");
        browser.type("#signin-form input[name=username]", ItServers.ADMIN_USER);
        browser.type("#signin-form input[name=password]", ItServers.ADMIN_PASSWORD);
        browser.click("#signin-form button[type=submit]");
        browser.waitForText("#signed-in-as", s.text("frame.signedInAs", "name", ItServers.ADMIN_USER));
    }

    private static void shot(AdminBrowser browser, String page, String lang) {
        browser.assertFitsTheWidth();
        String work = System.getProperty("cedarpos.testWorkDir");
        Path dir = (work == null ? Path.of("target") : Path.of(work).getParent()).resolve("admin-screenshots");
        browser.screenshot(dir.resolve("admin-" + page + "-" + lang + ".png"));
    }

    // ---- REST

    private static List<OrderId> ids(HttpResponse<String> r) {
        JsonArray rows = ServerApi.array("orders", r);
        return rows.getValuesAs(JsonObject.class).stream().map(o -> OrderId.parse(o.getString("id"))).toList();
    }

    private static void refused(HttpResponse<String> r, String field) {
        CashierTill.assertRefused(r, 400, "INVALID_FIELD");
        assertThat(ServerApi.json(r).getString("field")).as(r.body()).isEqualTo(field);
    }

    // ---- the orders, pushed once by two real tills

    private static synchronized Orders pushed() {
        if (orders != null) {
            return orders;
        }
        admin.setExchangeRate(ID, DemoBranch.LBP_PER_USD);
        // the business day and zone as the server counts them (the sales zone)
        JsonObject sales = ServerApi.expect(200, "sales", admin.get("/api/branches/" + ID + "/sales"));
        ZoneId zone = ZoneId.of(sales.getString("zone"));
        LocalDate today = LocalDate.parse(sales.getString("day"));
        LocalDate yesterday = today.minusDays(1);
        long now = System.currentTimeMillis();
        long startOfToday = today.atStartOfDay(zone).toInstant().toEpochMilli();
        long t = Math.max(startOfToday + 1_000, now - 30 * 60_000L);

        Enrolled barTill = admin.enrollNew(ID, BAR);
        Enrolled terraceTill = admin.enrollNew(ID, TERRACE);
        OrderId paid;
        OrderId yesterdays;
        // 2 x Lahm Meshwi medium with toum (seat 1), Hummus (seat 2), Tabbouleh held for course 2 (seat 2)
        OrderLine lahm = line(LAHM_MESHWI, "Lahm Meshwi", 2, 1550);
        OrderLine hummus = line(DemoBranch.HUMMUS_DISH, "Hummus", 1, 450);
        OrderLine tabbouleh = line(TABBOULEH, "Tabbouleh", 1, 550);
        try (PushingTill bar = till(barTill, BAR)) {
            long y = yesterday.atTime(12, 30).atZone(zone).toInstant().toEpochMilli();
            yesterdays = open(bar, "Karim Nassar", y, DemoBranch.TABLE_1, s -> List.of(add(line(DemoBranch.HUMMUS_DISH, "Hummus", 1, 450),
                    s, null, null)));
            bar.settle(yesterdays, y + 600_000, cash(450));

            List<LineModifier> modifiers = List.of(
                    new LineModifier(DemoBranch.MEDIUM, "Medium", "وسط", 0),
                    new LineModifier(DemoBranch.TOUM, "Extra garlic sauce (toum)", "ثوم إضافي", 50));
            Stamp[] opened = new Stamp[1];
            paid = open(bar, "Karim Nassar", t, DemoBranch.TABLE_1, s -> {
                opened[0] = s;
                return List.of(new LineAdd(lahm, modifiers, "no onions", s, 1, 1), add(hummus, s, 2, 1),
                        add(tabbouleh, s, 2, 2));
            });
            OrderId check = paid;
            bar.push(t + 60_000, Operations.EDIT_LINE, s -> OrderState.withEdit(check, hummus.id(),
                    LineEdit.discounted(s, Set.of(opened[0]), new Discount(Discount.Kind.PERCENT, 1000, "birthday"))));
            bar.push(t + 120_000, Operations.VOID_LINE, s -> OrderState.withEdit(check, tabbouleh.id(),
                    LineEdit.voided(s, Set.of(opened[0]), new VoidMark("kitchen ran out", "Rana Haddad"))));
            // 31.00 + 4.05 = 35.05: $20 and the rest in pounds at 89,500
            bar.settle(paid, t + 600_000, Payment.of(Money.of(3505, Currency.USD), List.of(
                    new Tender(Tender.Method.CASH, Money.of(2000, Currency.USD)),
                    new Tender(Tender.Method.CASH, Money.of(1_346_975, Currency.LBP))), RATE, VAT, Currency.USD));
            // the hummus was cold: $4.05 back in pounds, approved by the manager, and its audit record
            bar.push(t + 900_000, Operations.REFUND, s -> bar.state(check).refund(new Refund(UUID.randomUUID(),
                    Set.of(hummus.id()), Money.of(405, Currency.USD), new Tender(Tender.Method.CASH,
                    Money.of(362_475, Currency.LBP)), RATE, "cold food", "Rana Haddad", s), s));
            bar.audit(new AuditEvent(UUID.randomUUID(), t + 900_000, barTill.terminalId().value(), "Karim Nassar",
                    "Rana Haddad", AuditEvent.Action.REFUND, paid.toString(), "4.05 USD back on Hummus",
                    "cold food"));
        }
        OrderId sent;
        OrderId cancelled;
        try (PushingTill terrace = till(terraceTill, TERRACE)) {
            OrderLine twoHummus = line(DemoBranch.HUMMUS_DISH, "Hummus", 2, 450);
            Stamp[] opened = new Stamp[1];
            sent = open(terrace, "Maya Khoury", t + 300_000, DemoBranch.TABLE_2, s -> {
                opened[0] = s;
                return List.of(add(twoHummus, s, null, null));
            });
            OrderId check = sent;
            terrace.push(t + 360_000, Operations.SEND_LINES, s -> OrderState.withEdit(check, twoHummus.id(),
                    LineEdit.sentToKitchen(s, Set.of(opened[0]))));
            cancelled = open(terrace, "Maya Khoury", t + 420_000, TABLE_3, s -> List.of(add(line(TABBOULEH, "Tabbouleh", 1, 550), s,
                    null, null)));
            OrderId gone = cancelled;
            terrace.push(t + 480_000, Operations.CANCEL, s -> OrderState.cancelled(gone, s));
        }
        orders = new Orders(barTill.terminalId(), terraceTill.terminalId(), paid, sent, cancelled, yesterdays, today,
                yesterday, lahm.id(), hummus.id(), tabbouleh.id());
        return orders;
    }

    private static OrderLine line(MenuItemId dish, String name, int quantity, long priceMinor) {
        return new OrderLine(OrderLineId.random(), dish, name, quantity, Money.of(priceMinor, Currency.USD));
    }

    private static LineAdd add(OrderLine line, Stamp s, Integer seat, Integer course) {
        return new LineAdd(line, List.of(), null, s, seat, course);
    }

    private static Payment cash(long dueMinor) {
        Money due = Money.of(dueMinor, Currency.USD);
        return Payment.of(due, List.of(new Tender(Tender.Method.CASH, due)), RATE, VAT, Currency.USD);
    }

    /** Opens a check at {@code table} on {@code till}, made by {@code staff}, with the lines {@code lines} makes. */
    private static OrderId open(PushingTill till, String staff, long atMs, TableId table,
                                Function<Stamp, List<LineAdd>> lines) {
        OrderId order = OrderId.random();
        till.push(atMs, Operations.OPEN, s -> OrderState.open(order, new OrderBirth(ID, till.id(), Currency.USD, atMs,
                staff), table, 2, lines.apply(s), s));
        return order;
    }

    private static PushingTill till(Enrolled e, String name) {
        return new PushingTill(server.wsUrl(), e, new Hello(ProtocolCodec.VERSION, e.terminalId(), ID, name, 0,
                admin.changeHead(ID), System.currentTimeMillis()));
    }
}
