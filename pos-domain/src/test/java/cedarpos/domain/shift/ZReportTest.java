package cedarpos.domain.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Refund;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.VoidMark;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.pay.Vat;
import cedarpos.domain.shift.DrawerMovement.Kind;
import cedarpos.domain.shift.ZReport.CategorySales;
import cedarpos.domain.shift.ZReport.VoidedLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A Hamra Street evening, totalled by hand: every figure below is worked out in the comments. */
class ZReportTest {
    static final long NOON = 1_764_072_000_000L;
    static final TerminalId TILL = TerminalId.parse("00000000-0000-4000-8000-0000000000a1");
    static final TerminalId BAR = TerminalId.parse("00000000-0000-4000-8000-0000000000b2");
    static final BranchId BRANCH = BranchId.parse("b0000000-0000-4000-8000-000000000001");
    static final ExchangeRate RATE = new ExchangeRate(89_500);
    static final Vat VAT = new Vat(1100, true);
    static final MenuItemId HUMMUS = item(1);
    static final MenuItemId TABBOULEH = item(2);
    static final MenuItemId SHISH = item(6);
    static final MenuItemId KAFTA = item(7);
    static final MenuItemId GRILL = item(8);
    static final MenuItemId KNEFEH = item(11);
    static final MenuItemId LEMONADE = item(14);
    static final MenuItemId ALMAZA = item(15);
    static final Map<MenuItemId, String> MENU = Map.of(HUMMUS, "Mezze", TABBOULEH, "Mezze", SHISH, "Grills",
            KAFTA, "Grills", GRILL, "Grills", KNEFEH, "Desserts", LEMONADE, "Drinks", ALMAZA, "Drinks");

    final ShiftId shiftId = ShiftId.random();
    // opened with outbox entry 10: $100.00 and 2,000,000 LBP in the drawer
    final Shift open = Shift.open(shiftId, TILL, "Karim Nassar", NOON, 10, Cash.of(10_000, 2_000_000));
    // closed with entry 50: $128.00 and 2,800,000 LBP counted
    final Shift closed = open.close(new Shift.Closing("Karim Nassar", NOON + 8 * 3_600_000L, 50,
            Cash.of(12_800, 2_800_000)));
    final List<SettledCheck> checks = new ArrayList<>();
    final List<DrawerMovement> movements = new ArrayList<>();
    final List<Check> made = new ArrayList<>();

    static MenuItemId item(int n) {
        return new MenuItemId(UUID.fromString(String.format("3e000000-0000-4000-8000-%012d", n)));
    }

    static Money usd(long cents) {
        return Money.of(cents, Currency.USD);
    }

    static Money lbp(long pounds) {
        return Money.of(pounds, Currency.LBP);
    }

    static Tender cash(Money m) {
        return new Tender(Tender.Method.CASH, m);
    }

    static Tender card(Money m) {
        return new Tender(Tender.Method.CARD, m);
    }

    /** An order as a terminal builds it: open, maybe a void and a discount, then paid. */
    static final class Check {
        final OrderId id = OrderId.random();
        final TerminalId till;
        final List<LineAdd> adds = new ArrayList<>();
        final long seq;
        OrderState state;

        Check(TerminalId till, long seq) {
            this.till = till;
            this.seq = seq;
        }

        Check line(MenuItemId item, String name, int qty, long cents) {
            adds.add(new LineAdd(new OrderLine(OrderLineId.random(), item, name, qty, usd(cents)), null,
                    stamp(0)));
            return this;
        }

        Stamp stamp(int step) {
            return new Stamp(NOON + seq * 1_000 + step, till.value(), seq * 100 + step);
        }

        OrderState opened() {
            if (state == null) {
                state = OrderState.open(id, new OrderBirth(BRANCH, till, Currency.USD, NOON, "Karim Nassar"), null,
                        2, adds, stamp(0));
            }
            return state;
        }

        Check voidLine(String name, String reason) {
            OrderState s = opened();
            OrderLineId line = s.requireMerged().lines().stream().filter(l -> l.line().name().equals(name))
                    .findFirst().orElseThrow().line().id();
            state = s.join(OrderState.withEdit(id, line, LineEdit.voided(stamp(1), s.line(line).heads(),
                    new VoidMark(reason, "Karim Nassar"))));
            return this;
        }

        Check discount(Discount d) {
            state = opened().join(OrderState.withDiscount(id, d, stamp(2)));
            return this;
        }

        /** Paid with these tenders, change in {@code changeIn}, by a settlement stamped with outbox seq {@code at}. */
        SettledCheck pay(long at, Currency changeIn, Tender... tenders) {
            OrderState s = opened();
            Payment p = Payment.of(VAT.due(s.requireMerged().total()), List.of(tenders), RATE, VAT, changeIn);
            Stamp settled = new Stamp(NOON + at * 1_000, till.value(), at);
            state = s.join(s.settle(p, settled));
            return new SettledCheck(state.requireMerged(), settled);
        }
    }

    Check check(long seq) {
        Check c = new Check(TILL, seq);
        made.add(c);
        return c;
    }

    /** Refunds {@code cents} of the check {@code checks[index]} on {@code till}'s outbox entry {@code seq}. */
    void refund(int index, long cents, Tender back, TerminalId till, long seq) {
        SettledCheck sold = checks.get(index);
        Check c = made.stream().filter(m -> m.id.equals(sold.order().id())).findFirst().orElseThrow();
        Stamp s = new Stamp(NOON + seq * 1_000, till.value(), seq);
        c.state = c.state.join(c.state.refund(new Refund(UUID.randomUUID(), Set.of(), usd(cents), back, RATE,
                "cold food", "Rana Haddad", s), s));
        checks.set(index, new SettledCheck(c.state.requireMerged(), sold.settledAt()));
    }

    void service() {
        // A: 2 hummus $11.00 + shish taouk $14.00 = $25.00 on a card; VAT 2500 x 11/111 = 247.7 -> $2.48
        checks.add(check(11).line(HUMMUS, "Hummus", 2, 550).line(SHISH, "Shish Taouk", 1, 1400)
                .pay(12, Currency.USD, card(usd(2500))));
        // B: tabbouleh $6.50 + 2 lemonades $7.00 (+ kafta $13.00, voided) = $13.50, 10% off ($1.35) = $12.15;
        // a $20 note, change in pounds: $7.85 x 89,500 = 702,575 LBP; VAT 1215 x 11/111 = 120.4 -> $1.20
        checks.add(check(13).line(TABBOULEH, "Tabbouleh", 1, 650).line(LEMONADE, "Lemonade with Mint", 2, 350)
                .line(KAFTA, "Kafta Meshwiyeh", 1, 1300).voidLine("Kafta Meshwiyeh", "guest changed mind")
                .discount(new Discount(Discount.Kind.PERCENT, 1000, "staff meal"))
                .pay(14, Currency.LBP, cash(usd(2000))));
        // C, the mixed check: mixed grill $22.00 + 2 knefeh $10.00 = $32.00 (2,864,000 LBP); a $20 note and
        // 1,500,000 LBP = 3,290,000 LBP worth; change 426,000 LBP; VAT 3200 x 11/111 = 317.1 -> $3.17
        checks.add(check(20).line(GRILL, "Mixed Grill", 1, 2200).line(KNEFEH, "Knefeh", 2, 500)
                .pay(21, Currency.LBP, cash(usd(2000)), cash(lbp(1_500_000))));
        // D: 3 Almaza $12.00 less $2.00 = $10.00: 447,500 LBP on a card ($5.00) and a $5 note; VAT 99.1 -> $0.99
        checks.add(check(30).line(ALMAZA, "Almaza Beer", 3, 400)
                .discount(new Discount(Discount.Kind.AMOUNT, 200, "regular"))
                .pay(31, Currency.USD, card(lbp(447_500)), cash(usd(500))));
        movements.add(movement(Kind.PAY_IN, lbp(500_000), "change from the safe", null, 15));
        movements.add(movement(Kind.PAY_OUT, usd(1500), "ice delivery", "Rana Haddad", 22));
        movements.add(movement(Kind.PAY_OUT, lbp(100_000), "bread", "Rana Haddad", 32));
    }

    DrawerMovement movement(Kind kind, Money amount, String reason, String approvedBy, long seq) {
        return new DrawerMovement(UUID.randomUUID(), shiftId, kind, amount, reason, "Karim Nassar", approvedBy,
                NOON + seq * 1_000, seq);
    }

    @Test
    void an_evening_in_two_currencies_totals_exactly() {
        service();
        ZReport z = ZReport.of(closed, movements, checks, MENU, Currency.USD);

        assertThat(z.checks()).isEqualTo(4);
        // 2500 + 1350 + 3200 + 1200
        assertThat(z.grossSales()).isEqualTo(usd(8250));
        assertThat(z.discountCount()).isEqualTo(2);
        assertThat(z.discounts()).isEqualTo(usd(135 + 200));
        assertThat(z.netSales()).isEqualTo(usd(7915));
        assertThat(z.vat()).isEqualTo(usd(248 + 120 + 317 + 99));
        assertThat(z.collected()).as("VAT is included in the prices").isEqualTo(usd(7915));
        assertThat(z.byCategory()).containsExactly(
                new CategorySales("Grills", 2, usd(3600)),
                new CategorySales("Drinks", 5, usd(1900)),
                new CategorySales("Mezze", 3, usd(1750)),
                new CategorySales("Desserts", 2, usd(1000)));
        assertThat(z.voidCount()).isEqualTo(1);
        assertThat(z.voidValue()).isEqualTo(usd(1300));
        assertThat(z.voids()).containsExactly(new VoidedLine("Kafta Meshwiyeh", 1, usd(1300), "guest changed mind",
                "Karim Nassar"));

        ZReport.PaymentTotal cashUsd = z.payment(Tender.Method.CASH, Currency.USD);
        assertThat(cashUsd.tendered()).isEqualTo(usd(2000 + 2000 + 500));
        assertThat(cashUsd.change()).isEqualTo(usd(0));
        assertThat(cashUsd.net()).isEqualTo(usd(4500));
        ZReport.PaymentTotal cashLbp = z.payment(Tender.Method.CASH, Currency.LBP);
        assertThat(cashLbp.tendered()).isEqualTo(lbp(1_500_000));
        assertThat(cashLbp.change()).isEqualTo(lbp(702_575 + 426_000));
        assertThat(cashLbp.net()).isEqualTo(lbp(371_425));
        assertThat(z.payment(Tender.Method.CARD, Currency.USD).net()).isEqualTo(usd(2500));
        assertThat(z.payment(Tender.Method.CARD, Currency.LBP).net()).isEqualTo(lbp(447_500));
        assertThat(z.byPayment()).hasSize(4);

        ZReport.Drawer d = z.drawer();
        assertThat(d.openingFloat()).isEqualTo(Cash.of(10_000, 2_000_000));
        assertThat(d.cashTendered()).isEqualTo(Cash.of(4_500, 1_500_000));
        assertThat(d.changeGiven()).isEqualTo(Cash.of(0, 1_128_575));
        assertThat(d.payIns()).isEqualTo(Cash.of(0, 500_000));
        assertThat(d.payOuts()).isEqualTo(Cash.of(1_500, 100_000));
        // $100 + $45 - $15 = $130; 2,000,000 + 1,500,000 - 1,128,575 + 500,000 - 100,000 = 2,771,425
        assertThat(d.expected()).isEqualTo(Cash.of(13_000, 2_771_425));
        assertThat(d.counted()).isEqualTo(Cash.of(12_800, 2_800_000));
        assertThat(d.difference()).as("$2.00 short, 28,575 LBP over").isEqualTo(Cash.of(-200, 28_575));
        assertThat(z.movements()).extracting(DrawerMovement::reason)
                .containsExactly("change from the safe", "ice delivery", "bread");
        assertThat(z.openedBy()).isEqualTo("Karim Nassar");
        assertThat(z.closedAtMs()).isEqualTo(NOON + 8 * 3_600_000L);
    }

    @Test
    void only_checks_this_terminal_settled_while_the_shift_was_open_count() {
        service();
        ZReport base = ZReport.of(closed, movements, checks, MENU, Currency.USD);
        // paid before the shift opened (entry 5), after it closed (entry 60), on the bar's terminal (inside the
        // seq range, but another origin), and a check still open: none of them is this drawer's
        checks.add(check(4).line(HUMMUS, "Hummus", 1, 550).pay(5, Currency.USD, cash(usd(550))));
        checks.add(check(55).line(HUMMUS, "Hummus", 1, 550).pay(60, Currency.USD, cash(usd(550))));
        checks.add(new Check(BAR, 16).line(HUMMUS, "Hummus", 1, 550).pay(17, Currency.USD, cash(usd(550))));
        Check stillOpen = check(40).line(HUMMUS, "Hummus", 1, 550);
        checks.add(new SettledCheck(stillOpen.opened().requireMerged(), stillOpen.stamp(0)));

        assertThat(ZReport.of(closed, movements, checks, MENU, Currency.USD)).isEqualTo(base);
    }

    @Test
    void refunds_count_in_the_shift_they_were_made_in_and_cash_handed_back_leaves_the_drawer() {
        service();
        ZReport base = ZReport.of(closed, movements, checks, MENU, Currency.USD);
        assertThat(base.refundCount()).isZero();
        assertThat(base.refunds()).isEqualTo(usd(0));
        assertThat(base.drawer().refunded()).isEqualTo(Cash.ZERO);
        // B ($12.15, paid at entry 14): $5.50 back in pounds at entry 16: 550 cents x 895 = 492,250 LBP
        refund(1, 550, cash(lbp(492_250)), TILL, 16);
        // A ($25.00 on a card): $3.00 back on the card at entry 45: a refund, but no cash leaves the drawer
        refund(0, 300, card(usd(300)), TILL, 45);
        // a hummus sold before the shift opened (entry 5) is not this shift's sale; its $2.00 cash refund at
        // entry 40 is this shift's
        checks.add(check(4).line(HUMMUS, "Hummus", 1, 550).pay(5, Currency.USD, cash(usd(550))));
        refund(4, 200, cash(usd(200)), TILL, 40);
        // C: a refund after the shift closed (entry 60), and one made on the bar's terminal: not this drawer's
        refund(2, 1000, cash(usd(1000)), TILL, 60);
        refund(2, 500, cash(usd(500)), BAR, 35);

        ZReport z = ZReport.of(closed, movements, checks, MENU, Currency.USD);
        assertThat(z.checks()).isEqualTo(4);
        assertThat(z.netSales()).isEqualTo(base.netSales());
        assertThat(z.collected()).isEqualTo(base.collected());
        assertThat(z.refundCount()).isEqualTo(3);
        // 550 + 300 + 200
        assertThat(z.refunds()).isEqualTo(usd(1050));
        assertThat(z.drawer().refunded()).isEqualTo(Cash.of(200, 492_250));
        // $130.00 - $2.00 = $128.00; 2,771,425 - 492,250 = 2,279,175
        assertThat(z.drawer().expected()).isEqualTo(Cash.of(12_800, 2_279_175));
        assertThat(z.drawer().difference()).as("dollars even, 520,825 LBP over").isEqualTo(Cash.of(0, 520_825));
    }

    @Test
    void a_shift_with_no_sales_expects_its_float_and_an_unknown_item_counts_apart() {
        ZReport empty = ZReport.of(closed, List.of(), List.of(), MENU, Currency.USD);
        assertThat(empty.checks()).isZero();
        assertThat(empty.grossSales()).isEqualTo(usd(0));
        assertThat(empty.byCategory()).isEmpty();
        assertThat(empty.drawer().expected()).isEqualTo(Cash.of(10_000, 2_000_000));
        assertThat(empty.drawer().difference()).isEqualTo(Cash.of(2_800, 800_000));

        MenuItemId gone = item(99);
        checks.add(check(11).line(gone, "Seasonal Special", 1, 900).line(HUMMUS, "Hummus", 1, 550)
                .pay(12, Currency.USD, cash(usd(1450))));
        ZReport z = ZReport.of(closed, List.of(), checks, MENU, Currency.USD);
        assertThat(z.byCategory()).containsExactly(new CategorySales("Mezze", 1, usd(550)),
                new CategorySales(CategorySales.UNCATEGORISED, 1, usd(900)));
    }

    @Test
    void vat_added_on_top_is_collected_with_the_check() {
        Vat excluded = new Vat(1100, false);
        Check c = check(11).line(SHISH, "Shish Taouk", 1, 1400);
        OrderState s = c.opened();
        // $14.00 + 11% = $15.54
        Payment p = Payment.of(excluded.due(s.requireMerged().total()), List.of(cash(usd(1600))), RATE, excluded,
                Currency.USD);
        Stamp at = new Stamp(NOON + 12_000, TILL.value(), 12);
        SettledCheck paid = new SettledCheck(s.join(s.settle(p, at)).requireMerged(), at);
        ZReport z = ZReport.of(closed, List.of(), List.of(paid), MENU, Currency.USD);
        assertThat(z.netSales()).isEqualTo(usd(1400));
        assertThat(z.vat()).isEqualTo(usd(154));
        assertThat(z.collected()).isEqualTo(usd(1554));
        assertThat(z.drawer().cashTendered().usd()).isEqualTo(usd(1600));
        assertThat(z.drawer().changeGiven().usd()).isEqualTo(usd(46));
        assertThat(z.drawer().expected().usd()).isEqualTo(usd(10_000 + 1554));
    }

    @Test
    void a_discount_on_one_line_counts_with_the_discounts_and_leaves_sales_gross() {
        Check c = check(11).line(SHISH, "Shish Taouk", 1, 1400).line(HUMMUS, "Hummus", 2, 550);
        OrderState s = c.opened();
        MergedLine shish = s.requireMerged().lines().stream().filter(l -> l.line().menuItemId().equals(SHISH))
                .findFirst().orElseThrow();
        Stamp off = new Stamp(NOON + 11_500, TILL.value(), 11);
        s = s.join(OrderState.withEdit(s.id(), shish.line().id(), LineEdit.discounted(off,
                s.line(shish.line().id()).heads(), new Discount(Discount.Kind.PERCENT, 5000, "overcooked"))));
        // $14.00 less half, plus $11.00: $18.00
        assertThat(s.requireMerged().total()).isEqualTo(usd(1800));
        Payment p = Payment.of(usd(1800), List.of(cash(usd(1800))), RATE, VAT, Currency.USD);
        Stamp at = new Stamp(NOON + 12_000, TILL.value(), 12);
        SettledCheck paid = new SettledCheck(s.join(s.settle(p, at)).requireMerged(), at);
        ZReport z = ZReport.of(closed, List.of(), List.of(paid), MENU, Currency.USD);
        assertThat(z.grossSales()).isEqualTo(usd(2500));
        assertThat(z.discountCount()).isEqualTo(1);
        assertThat(z.discounts()).isEqualTo(usd(700));
        assertThat(z.netSales()).isEqualTo(usd(1800));
        assertThat(z.collected()).isEqualTo(usd(1800));
    }

    @Test
    void an_open_shift_or_a_stranger_movement_has_no_report() {
        assertThatThrownBy(() -> ZReport.of(open, List.of(), List.of(), MENU, Currency.USD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("still open");
        DrawerMovement other = new DrawerMovement(UUID.randomUUID(), ShiftId.random(), Kind.PAY_IN, usd(100),
                "float top-up", "Karim Nassar", null, NOON, 11);
        assertThatThrownBy(() -> ZReport.of(closed, List.of(other), List.of(), MENU, Currency.USD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to shift");
        Map<MenuItemId, String> none = new HashMap<>();
        assertThat(ZReport.of(closed, List.of(), List.of(), none, Currency.LBP).grossSales()).isEqualTo(lbp(0));
    }
}
