package cedarpos.server.order.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.PartPayment;
import cedarpos.domain.merge.Refund;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.pay.Vat;
import cedarpos.server.order.DaySales;
import cedarpos.server.order.SalesTotals;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SalesTallyTest {
    private static final BranchId BRANCH = BranchId.parse("b0000000-0000-4000-8000-000000000001");
    private static final TerminalId TILL = TerminalId.parse("70000000-0000-4000-8000-000000000001");
    private static final MenuItemId DISH = MenuItemId.parse("a0000000-0000-4000-8000-000000000001");
    private static final MenuItemId OTHER = MenuItemId.parse("a0000000-0000-4000-8000-000000000002");
    /** 2026-03-10 18:30 in Beirut (UTC+2 in March): 16:30 UTC. */
    private static final long OPENED = 1_773_160_200_000L;

    @Test
    void aCheckDiscountIsSplitByLineTotalsAndAddsUpExactly() {
        List<MergedLine> lines = open(line(DISH, 1, 100), line(DISH, 1, 100), line(OTHER, 1, 100)).merge().lines();
        long[] shares = SalesTally.shares(lines, 100);
        assertThat(shares[0] + shares[1] + shares[2]).isEqualTo(100);
        assertThat(shares).containsExactlyInAnyOrder(34, 33, 33);
        assertThat(SalesTally.shares(lines, 0)).containsExactly(0, 0, 0);
    }

    @Test
    void vatAddedOnTopIsKeptOutOfNetAndARefundGivesBackItsVatToo() {
        Vat onTop = new Vat(1100, false);
        OrderLine a = line(DISH, 2, 500);
        OrderLine b = line(OTHER, 1, 500);
        OrderState state = open(a, b);
        // split: 10.00 (a) due 11.10 cash, 5.00 (b) due 5.55 card; the second share settles the check
        Stamp s2 = stamp(2);
        state = state.join(state.payPart(new PartPayment(UUID.randomUUID(), "Seat 1", Set.of(a.id()),
                usd(1000), Payment.of(usd(1110), List.of(new Tender(Tender.Method.CASH, usd(1110))), null, onTop,
                Currency.USD), s2), s2));
        Stamp s3 = stamp(3);
        state = state.join(state.payPart(new PartPayment(UUID.randomUUID(), "Seat 2", Set.of(b.id()),
                usd(500), Payment.of(usd(555), List.of(new Tender(Tender.Method.CARD, usd(555))), null, onTop,
                Currency.USD), s3), s3));
        // 1.11 back in cash: 0.11 of it VAT (1.11 * 11/111), 1.00 of sales
        Stamp s4 = stamp(4);
        state = state.join(state.refund(new Refund(UUID.randomUUID(), Set.of(), usd(111),
                new Tender(Tender.Method.CASH, usd(111)), null, "spilt", "Rana", s4), s4));

        SalesTally tally = new SalesTally(Currency.USD, ZoneId.of("Asia/Beirut"));
        tally.add(state.merge());
        // VAT 1.10 + 0.55 - 0.11 = 1.54
        assertThat(tally.totals()).isEqualTo(new SalesTotals(1500, 0, 100, 1400, 154, 1, 2, 1400));
        assertThat(tally.byHour().get(18)).isEqualTo(new DaySales.HourSales(18, 1400, 1));
        assertThat(tally.payments()).containsExactly(
                new DaySales.TenderSales("CASH", Currency.USD, 1110, 0, 111, 999, 999),
                new DaySales.TenderSales("CARD", Currency.USD, 555, 0, 0, 555, 555));
        assertThat(tally.otherCurrency()).as("no payment stamped a rate").isNull();
        assertThat(tally.topDishes()).extracting(DaySales.DishSales::net).containsExactly(1000L, 500L);
    }

    @Test
    void openChecksAreCountedApartAndCancelledOnesNowhere() {
        SalesTally tally = new SalesTally(Currency.USD, ZoneId.of("UTC"));
        tally.add(open(line(DISH, 1, 450)).merge());
        OrderState cancelled = open(line(DISH, 1, 450));
        tally.add(cancelled.join(OrderState.cancelled(cancelled.id(), stamp(2))).merge());
        assertThat(tally.totals()).isEqualTo(SalesTotals.NONE);
        assertThat(tally.open()).isEqualTo(new DaySales.OpenChecks(1, 2));
        assertThat(tally.topDishes()).isEmpty();
    }

    @Test
    void theAverageCheckRoundsHalfUp() {
        assertThat(SalesTotals.average(3, 2)).isEqualTo(2);
        assertThat(SalesTotals.average(5, 3)).isEqualTo(2);
        assertThat(SalesTotals.average(0, 0)).isZero();
    }

    private static OrderState open(OrderLine... lines) {
        Stamp s = stamp(1);
        return OrderState.open(OrderId.random(), new OrderBirth(BRANCH, TILL, Currency.USD, OPENED), null, 2,
                List.of(lines).stream().map(l -> new LineAdd(l, null, s)).toList(), s);
    }

    private static OrderLine line(MenuItemId dish, int quantity, long price) {
        return new OrderLine(OrderLineId.random(), dish, "dish " + dish.toString().substring(34), quantity,
                usd(price));
    }

    private static Money usd(long minor) {
        return Money.of(minor, Currency.USD);
    }

    private static Stamp stamp(long seq) {
        return new Stamp(OPENED + seq, TILL.value(), seq);
    }
}
