package cedarpos.server.order;

import static cedarpos.server.testing.DemoBranch.ID;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Refund;
import cedarpos.domain.merge.VoidMark;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.pay.Vat;
import cedarpos.protocol.v1.Operations;
import cedarpos.server.testing.CashierTill;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ManagerApiIT;
import cedarpos.server.testing.PushingTill;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The manager's dashboard on a real server: checks pushed by a till through its WebSocket, on days of their own in the
 * past (a check belongs to the day its till opened it; the test server's business zone is UTC), and every figure of
 * the day checked against the arithmetic written out below. Demo branch: USD, 89,500 LBP a dollar, VAT 11% included.
 */
class SalesIT extends ManagerApiIT {
    /** A Tuesday; the same weekday a week before is {@link #WEEK_BEFORE}. */
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate WEEK_BEFORE = LocalDate.of(2026, 3, 3);
    private static final MenuItemId HUMMUS = DemoBranch.HUMMUS_DISH;
    private static final MenuItemId TABBOULEH = CashierTill.dish(3);
    private static final MenuItemId TAWOOK = CashierTill.dish(7);
    private static final MenuItemId JALLAB = CashierTill.dish(14);
    private static final ExchangeRate RATE = new ExchangeRate(DemoBranch.LBP_PER_USD);
    private static final Vat VAT = new Vat(DemoBranch.VAT_BP, true);

    @Test
    void aDaysFiguresCountItsSettledChecksAfterVoidsDiscountsAndRefundsAndComparePastWeek() {
        Enrolled e = admin.enrollNew(ID, "Sales till");
        try (PushingTill till = till(e)) {
            // A: opened 12:15, 2 guests: 2 x Hummus 4.50 = 9.00, Shish Tawook 12.00, Tabbouleh 5.50 voided;
            // 10% off the check (of 21.00: 2.10) -> 18.90, paid $10.00 cash + LBP 800,000 cash, change in LBP;
            // then $5.00 refunded in cash dollars
            long a = at(DAY, 12, 15);
            OrderLine hummus = line(HUMMUS, "Hummus", 2, 450);
            OrderLine tawook = line(TAWOOK, "Shish Tawook", 1, 1200);
            OrderLine tabbouleh = line(TABBOULEH, "Tabbouleh", 1, 550);
            OrderId checkA = till.open(a, 2, hummus, tawook, tabbouleh);
            till.push(a + 60_000, Operations.VOID_LINE, s -> OrderState.withEdit(checkA, tabbouleh.id(),
                    LineEdit.voided(s, Set.of(till.openingStamp(checkA)), new VoidMark("sent back", "Rana"))));
            till.push(a + 120_000, Operations.HEADER, s -> OrderState.withDiscount(checkA,
                    new Discount(Discount.Kind.PERCENT, 1000, "regulars"), s));
            Money dueA = Money.of(1890, Currency.USD);
            till.settle(checkA, a + 180_000, Payment.of(dueA, List.of(new Tender(Tender.Method.CASH,
                    Money.of(1000, Currency.USD)), new Tender(Tender.Method.CASH, Money.of(800_000, Currency.LBP))),
                    RATE, VAT, Currency.LBP));
            till.push(a + 240_000, Operations.REFUND, s -> till.state(checkA).refund(new Refund(UUID.randomUUID(),
                    Set.of(), Money.of(500, Currency.USD), new Tender(Tender.Method.CASH, Money.of(500, Currency.USD)),
                    null, "cold food", "Rana Haddad", s), s));

            // B: opened 19:40, 3 guests: Shish Tawook 12.00 less its own $2.00 off, 3 x Jallab 3.00 = 9.00 -> 19.00
            // paid by card in dollars
            long b = at(DAY, 19, 40);
            OrderLine tawookB = line(TAWOOK, "Shish Tawook", 1, 1200);
            OrderId checkB = till.open(b, 3, tawookB, line(JALLAB, "Jallab", 3, 300));
            till.push(b + 60_000, Operations.EDIT_LINE, s -> OrderState.withEdit(checkB, tawookB.id(),
                    LineEdit.discounted(s, Set.of(till.openingStamp(checkB)), new Discount(Discount.Kind.AMOUNT, 200,
                            "birthday"))));
            till.settle(checkB, b + 120_000, Payment.of(Money.of(1900, Currency.USD), List.of(new Tender(
                    Tender.Method.CARD, Money.of(1900, Currency.USD))), RATE, VAT, Currency.USD));

            // C: opened 20:05, 4 guests, still open; D: opened 21:00 and cancelled: neither is a sale
            till.open(at(DAY, 20, 5), 4, line(HUMMUS, "Hummus", 1, 450));
            long d = at(DAY, 21, 0);
            OrderId checkD = till.open(d, 2, line(HUMMUS, "Hummus", 1, 450));
            till.push(d + 60_000, Operations.CANCEL, s -> OrderState.cancelled(checkD, s));

            // the next day at 00:30: counts on that day only
            long next = at(DAY.plusDays(1), 0, 30);
            OrderId nextDay = till.open(next, 1, line(HUMMUS, "Hummus", 1, 450));
            till.settle(nextDay, next + 60_000, cash(450));

            // the same weekday a week before, 13:00, 2 guests: 2 x Tabbouleh = 11.00 paid cash
            long before = at(WEEK_BEFORE, 13, 0);
            OrderId weekBefore = till.open(before, 2, line(TABBOULEH, "Tabbouleh", 2, 550));
            till.settle(weekBefore, before + 60_000, cash(1100));
        }

        JsonObject sales = ServerApi.expect(200, "sales", admin.get("/api/branches/" + ID + "/sales?day=" + DAY));
        assertThat(sales.getString("branchId")).isEqualTo(ID.toString());
        assertThat(sales.getString("day")).isEqualTo("2026-03-10");
        assertThat(sales.getString("zone")).isEqualTo("UTC");
        assertThat(sales.getString("currency")).isEqualTo("USD");
        // gross: A 9.00 + 12.00 (Tabbouleh voided) + B 12.00 + 9.00 = 42.00; discounts: A 2.10 + B 2.00 = 4.10;
        // refunds: 5.00; net 42.00 - 4.10 - 5.00 = 32.90; VAT (11% included, half up per check):
        // A 18.90 * 11/111 = 1.87, B 19.00 * 11/111 = 1.88, less the refund's 5.00 * 11/111 = 0.50 -> 3.25;
        // 2 checks, 5 covers, average 32.90 / 2 = 16.45
        assertTotals(sales.getJsonObject("totals"), 4200, 410, 500, 3290, 325, 2, 5, 1645);

        // by opening hour: A at 12 (18.90 - 5.00 = 13.90), B at 19 (19.00); 24 rows
        JsonArray hours = sales.getJsonArray("byHour");
        assertThat(hours).hasSize(24);
        for (int h = 0; h < 24; h++) {
            JsonObject row = hours.getJsonObject(h);
            assertThat(row.getInt("hour")).isEqualTo(h);
            long net = h == 12 ? 1390 : h == 19 ? 1900 : 0;
            assertThat(row.getJsonNumber("netMinor").longValue()).as("hour %d", h).isEqualTo(net);
            assertThat(row.getInt("orders")).as("hour %d", h).isEqualTo(net == 0 ? 0 : 1);
        }

        // dishes, net of every discount (A's 10% split by line: Hummus 0.90, Tawook 1.20); refunds not split:
        // Tawook 10.80 + 10.00 = 20.80 (2), Jallab 9.00 (3), Hummus 8.10 (2); no Tabbouleh (voided)
        JsonArray dishes = sales.getJsonArray("topDishes");
        assertThat(dishes).hasSize(3);
        assertDish(dishes.getJsonObject(0), TAWOOK, "Shish Tawook", 2, 2080);
        assertDish(dishes.getJsonObject(1), JALLAB, "Jallab", 3, 900);
        assertDish(dishes.getJsonObject(2), HUMMUS, "Hummus", 2, 810);

        // by the menu's categories: Grills (Tawook) 20.80, Drinks (Jallab) 9.00, Mezze (Hummus) 8.10
        JsonArray categories = sales.getJsonArray("byCategory");
        assertThat(categories).extracting(v -> v.asJsonObject().getString("category"))
                .containsExactly("Grills", "Drinks", "Mezze");
        assertThat(categories).extracting(v -> v.asJsonObject().getJsonNumber("netMinor").longValue())
                .containsExactly(2080L, 900L, 810L);
        assertThat(categories).extracting(v -> v.asJsonObject().getInt("quantity")).containsExactly(2, 3, 2);

        // payments: cash USD 10.00 tendered less 5.00 refunded; cash LBP 800,000 less 3,450 change
        // ((10.00 + 800,000/89,500 - 18.90) * 89,500 = 3,450), 796,550 = 8.94 - 0.04 in dollars (half up each);
        // card USD 19.00. In dollars: 5.00 + 8.90 + 19.00 = 32.90, the net
        JsonArray payments = sales.getJsonArray("payments");
        assertThat(payments).hasSize(3);
        assertTender(payments.getJsonObject(0), "CASH", "USD", 1000, 0, 500, 500, 500);
        assertTender(payments.getJsonObject(1), "CASH", "LBP", 800_000, 3450, 0, 796_550, 890);
        assertTender(payments.getJsonObject(2), "CARD", "USD", 1900, 0, 0, 1900, 1900);

        assertThat(sales.getJsonObject("open").getInt("checks")).isEqualTo(1);
        assertThat(sales.getJsonObject("open").getInt("covers")).isEqualTo(4);

        // a week before: 2 x 5.50 = 11.00, VAT 11.00 * 11/111 = 1.09
        JsonObject compare = sales.getJsonObject("compare");
        assertThat(compare.getString("day")).isEqualTo("2026-03-03");
        assertTotals(compare.getJsonObject("totals"), 1100, 0, 0, 1100, 109, 1, 2, 1100);

        // in pounds at the checks' 89,500: 42.00 -> 3,759,000; 4.10 -> 366,950; 5.00 -> 447,500;
        // net 2,944,550; VAT 3.25 -> 290,875; average 1,472,275
        JsonObject other = sales.getJsonObject("otherCurrency");
        assertThat(other.getString("currency")).isEqualTo("LBP");
        assertThat(other.getJsonNumber("lbpPerUsd").longValue()).isEqualTo(89_500);
        assertTotals(other.getJsonObject("totals"), 3_759_000, 366_950, 447_500, 2_944_550, 290_875, 2, 5,
                1_472_275);

        // the next day holds only its own check (Hummus 4.50, VAT 0.45); its week before has nothing
        JsonObject nextDay = ServerApi.expect(200, "sales", admin.get("/api/branches/" + ID + "/sales?day="
                + DAY.plusDays(1)));
        assertTotals(nextDay.getJsonObject("totals"), 450, 0, 0, 450, 45, 1, 1, 450);
        assertThat(nextDay.getJsonArray("byHour").getJsonObject(0).getJsonNumber("netMinor").longValue())
                .isEqualTo(450);
        assertTotals(nextDay.getJsonObject("compare").getJsonObject("totals"), 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(nextDay.getJsonObject("open").getInt("checks")).isZero();

        // a week later, the day of A and B is the comparison
        JsonObject weekLater = ServerApi.expect(200, "sales", admin.get("/api/branches/" + ID + "/sales?day="
                + DAY.plusWeeks(1)));
        assertTotals(weekLater.getJsonObject("totals"), 0, 0, 0, 0, 0, 0, 0, 0);
        assertTotals(weekLater.getJsonObject("compare").getJsonObject("totals"), 4200, 410, 500, 3290, 325, 2, 5,
                1645);
        assertThat(weekLater.isNull("otherCurrency")).isTrue();

        // the chain: the admin sees the demo branch with the same totals
        JsonObject chain = ServerApi.expect(200, "chain sales", admin.get("/api/sales?day=" + DAY));
        assertThat(chain.getString("day")).isEqualTo("2026-03-10");
        assertThat(chain.getString("compareDay")).isEqualTo("2026-03-03");
        JsonObject demo = chain.getJsonArray("branches").stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("branchId").equals(ID.toString())).findFirst().orElseThrow();
        assertThat(demo.getString("currency")).isEqualTo("USD");
        assertTotals(demo.getJsonObject("totals"), 4200, 410, 500, 3290, 325, 2, 5, 1645);
        assertTotals(demo.getJsonObject("compare"), 1100, 0, 0, 1100, 109, 1, 2, 1100);
    }

    @Test
    void theChainShowsEachAccountItsOwnBranches() {
        // a day of its own: one check of the demo branch, Hummus 4.50 paid cash (VAT 0.45)
        LocalDate day = LocalDate.of(2026, 4, 7);
        try (PushingTill till = till(admin.enrollNew(ID, "Chain till"))) {
            long at = at(day, 9, 0);
            OrderId check = till.open(at, 2, line(HUMMUS, "Hummus", 1, 450));
            till.settle(check, at + 60_000, cash(450));
        }
        var other = admin.createBranch("Sales elsewhere", "LBP");
        admin.createManager("sales-elsewhere", "elsewhere-pass-1", other);
        admin.createManager("sales-demo", "demo-pass-1", ID);
        ServerApi elsewhere = admin.as("sales-elsewhere", "elsewhere-pass-1");
        ServerApi demoManager = admin.as("sales-demo", "demo-pass-1");

        // the admin: every branch, the demo branch among them
        JsonArray all = ServerApi.expect(200, "chain", admin.get("/api/sales?day=" + day)).getJsonArray("branches");
        JsonObject demo = all.stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("branchId").equals(ID.toString())).findFirst().orElseThrow();
        assertTotals(demo.getJsonObject("totals"), 450, 0, 0, 450, 45, 1, 2, 450);
        // the demo's manager: exactly its branch
        JsonArray mine = ServerApi.expect(200, "chain", demoManager.get("/api/sales?day=" + day))
                .getJsonArray("branches");
        assertThat(mine).hasSize(1);
        assertThat(mine.getJsonObject(0)).isEqualTo(demo);
        // the other branch's manager: its own branch (no order yet: zeros, in its currency), never the demo branch
        JsonArray theirs = ServerApi.expect(200, "chain", elsewhere.get("/api/sales?day=" + day))
                .getJsonArray("branches");
        assertThat(theirs).hasSize(1);
        assertThat(theirs.getJsonObject(0).getString("branchId")).isEqualTo(other.toString());
        assertThat(theirs.getJsonObject(0).getString("currency")).isEqualTo("LBP");
        CashierTill.assertRefused(elsewhere.get("/api/branches/" + ID + "/sales?day=" + day), 403,
                "BRANCH_FORBIDDEN");
        // nobody signed in gets nothing
        HttpResponse<String> anonymous = new ServerApi(server.httpUrl()).get("/api/sales?day=" + day);
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);

        // a branch without any order: its currency, every figure zero
        JsonObject empty = ServerApi.expect(200, "sales", admin.get("/api/branches/" + other + "/sales?day=" + day));
        assertThat(empty.getString("currency")).isEqualTo("LBP");
        assertThat(empty.getJsonArray("byCategory")).isEmpty();
        assertTotals(empty.getJsonObject("totals"), 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(empty.getJsonArray("byHour")).hasSize(24);
        assertThat(empty.getJsonArray("payments")).isEmpty();
    }

    @Test
    void aBadDayIsRefusedNamingTheFieldAndNoDayMeansToday() {
        for (String bad : List.of("2026-02-30", "2026-3-10", "yesterday", "2026-03-10T00:00", "+12026-03-10", "")) {
            String q = java.net.URLEncoder.encode(bad, java.nio.charset.StandardCharsets.UTF_8);
            for (String path : List.of("/api/branches/" + ID + "/sales?day=" + q, "/api/sales?day=" + q)) {
                HttpResponse<String> r = admin.get(path);
                CashierTill.assertRefused(r, 400, "INVALID_FIELD");
                assertThat(ServerApi.json(r).getString("field")).as(path).isEqualTo("day");
            }
        }
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        JsonObject today = ServerApi.expect(200, "sales", admin.get("/api/branches/" + ID + "/sales"));
        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        assertThat(today.getString("day")).isIn(before.toString(), after.toString());
        assertThat(LocalDate.parse(today.getJsonObject("compare").getString("day")))
                .isEqualTo(LocalDate.parse(today.getString("day")).minusWeeks(1));
        JsonObject chain = ServerApi.expect(200, "chain sales", admin.get("/api/sales"));
        assertThat(chain.getString("day")).isIn(before.toString(), after.toString());
    }

    private static void assertTotals(JsonObject t, long gross, long discounts, long refunds, long net, long vat,
                                     int orders, int covers, long average) {
        assertThat(List.of(t.getJsonNumber("grossMinor").longValue(), t.getJsonNumber("discountsMinor").longValue(),
                t.getJsonNumber("refundsMinor").longValue(), t.getJsonNumber("netMinor").longValue(),
                t.getJsonNumber("vatMinor").longValue(), (long) t.getInt("orders"), (long) t.getInt("covers"),
                t.getJsonNumber("averageCheckMinor").longValue())).as(t.toString())
                .containsExactly(gross, discounts, refunds, net, vat, (long) orders, (long) covers, average);
    }

    private static void assertDish(JsonObject d, MenuItemId id, String name, int quantity, long net) {
        assertThat(d.getString("menuItemId")).isEqualTo(id.toString());
        assertThat(d.getString("name")).isEqualTo(name);
        assertThat(d.getInt("quantity")).isEqualTo(quantity);
        assertThat(d.getJsonNumber("netMinor").longValue()).isEqualTo(net);
    }

    private static void assertTender(JsonObject p, String method, String currency, long tendered, long change,
                                     long refunded, long net, long netInBranch) {
        assertThat(List.of(p.getString("method"), p.getString("currency"))).containsExactly(method, currency);
        assertThat(List.of(p.getJsonNumber("tenderedMinor").longValue(), p.getJsonNumber("changeMinor").longValue(),
                p.getJsonNumber("refundedMinor").longValue(), p.getJsonNumber("netMinor").longValue(),
                p.getJsonNumber("netInBranchCurrencyMinor").longValue())).as(p.toString())
                .containsExactly(tendered, change, refunded, net, netInBranch);
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

    private static PushingTill till(Enrolled e) {
        return new PushingTill(server.wsUrl(), e, e.hello(0, admin.changeHead(ID)));
    }
}
