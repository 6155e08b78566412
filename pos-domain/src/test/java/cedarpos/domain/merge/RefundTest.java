package cedarpos.domain.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.pay.Vat;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.OrderStateJson;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Refunds of a paid check: what they may give back, how they merge and travel, and that the check stays paid. */
class RefundTest {
    static final TerminalId TILL = TerminalId.random();
    static final ExchangeRate RATE = new ExchangeRate(89_500);
    static final OrderLineId KAFTA = OrderLineId.random();
    static final OrderLineId HUMMUS = OrderLineId.random();
    long seq = 1;

    Stamp next() {
        seq++;
        return new Stamp(1_700_000_000_000L + seq * 1000, TILL.value(), seq);
    }

    static Money usd(long cents) {
        return Money.of(cents, Currency.USD);
    }

    static LineAdd line(OrderLineId id, String name, long cents, Stamp s) {
        return new LineAdd(new OrderLine(id, MenuItemId.random(), name, 1, usd(cents)), List.of(), null, s, null,
                null);
    }

    /** Kafta $13.50 and Hummus $6.00, open. */
    OrderState open() {
        Stamp s = next();
        return OrderState.open(OrderId.random(), new OrderBirth(BranchId.random(), TILL, Currency.USD, s.atMs()),
                TableId.random(), 2, List.of(line(KAFTA, "Kafta", 1350, s), line(HUMMUS, "Hummus", 600, s)), s);
    }

    /** The same, paid $19.50 in cash. */
    OrderState paid() {
        OrderState o = open();
        Payment p = Payment.of(usd(1950), List.of(new Tender(Tender.Method.CASH, usd(2000))), RATE, Vat.NONE,
                Currency.USD);
        return o.join(o.settle(p, next()));
    }

    Refund refund(Set<OrderLineId> lines, long cents, Tender back, Stamp s) {
        return new Refund(UUID.randomUUID(), lines, usd(cents), back, RATE, "cold food", "Rana", s);
    }

    Tender cashUsd(long cents) {
        return new Tender(Tender.Method.CASH, usd(cents));
    }

    @Test
    void a_refund_in_pounds_is_the_amount_at_the_rate_rounded_down() {
        // $5.50 at 89,500 = 492,250 exactly; $0.01 at 89,500 = 895 exactly; $13.33 = 1,193,035 exactly
        Stamp s = next();
        Refund r = refund(Set.of(), 550, new Tender(Tender.Method.CASH, Money.of(492_250, Currency.LBP)), s);
        assertThat(r.paidBack().amount()).isEqualTo(Money.of(492_250, Currency.LBP));
        // at 89,555 LBP/$ a cent is 895.55 pounds: $0.01 hands back 895, never 896
        ExchangeRate odd = new ExchangeRate(89_555);
        assertThat(Refund.handedBack(usd(1), Currency.LBP, odd)).isEqualTo(Money.of(895, Currency.LBP));
        assertThatThrownBy(() -> new Refund(UUID.randomUUID(), Set.of(), usd(1), new Tender(Tender.Method.CASH,
                Money.of(896, Currency.LBP)), odd, "x", "Rana", s))
                .hasMessage("a refund of $0.01 is LBP 895 handed back, not LBP 896");
        assertThatThrownBy(() -> new Refund(UUID.randomUUID(), Set.of(), usd(550), new Tender(Tender.Method.CASH,
                Money.of(492_250, Currency.LBP)), null, "x", "Rana", s)).hasMessageContaining("needs the LBP/USD rate");
        assertThatThrownBy(() -> refund(Set.of(), 0, cashUsd(1), s)).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> new Refund(UUID.randomUUID(), Set.of(), usd(100), cashUsd(100), null, " ", "Rana",
                s)).hasMessage("the reason for a refund is required");
        assertThatThrownBy(() -> new Refund(UUID.randomUUID(), Set.of(), usd(100), cashUsd(100), null, "x".repeat(201),
                "Rana", s)).hasMessageContaining("at most 200 characters");
    }

    @Test
    void a_refund_keeps_the_check_paid_and_lowers_what_is_left_to_refund() throws Exception {
        OrderState o = paid();
        Stamp s = next();
        OrderState delta = o.refund(refund(Set.of(HUMMUS), 600, cashUsd(600), s), s);
        Operations.checkOrder(Operations.REFUND, delta, s);
        o = o.join(delta);
        MergedOrder m = o.merge();
        assertThat(m.status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(m.conflicts()).isEmpty();
        assertThat(m.refunded()).isEqualTo(usd(600));
        assertThat(m.refundable()).isEqualTo(usd(1350));
        assertThat(m.refundedLines()).containsExactly(HUMMUS);
        // a second refund, in card, is listed after the first
        Stamp s2 = next();
        o = o.join(o.refund(refund(Set.of(), 350, new Tender(Tender.Method.CARD, usd(350)), s2), s2));
        assertThat(o.merge().refunds()).extracting(r -> r.amount().minor()).containsExactly(600L, 350L);
        // the refunds travel in the order's JSON and come back the same; JSON without them still reads
        OrderState back = OrderStateJson.decode(OrderStateJson.encode(o, Currency.USD));
        assertThat(back).isEqualTo(o);
        assertThat(OrderStateJson.encode(paid(), Currency.USD).containsKey("refunds")).isFalse();
        // join is a union: order and duplicates do not matter
        assertThat(delta.join(o).join(delta)).isEqualTo(o);
    }

    @Test
    void a_refund_beyond_what_was_paid_or_of_an_open_check_or_a_bad_line_is_refused() {
        OrderState open = open();
        Stamp s = next();
        assertThatThrownBy(() -> open.refund(refund(Set.of(), 100, cashUsd(100), s), s))
                .hasMessageContaining("is open: only a paid check can be refunded");
        OrderState paid = paid();
        Stamp s2 = next();
        assertThatThrownBy(() -> paid.refund(refund(Set.of(), 1951, cashUsd(1951), s2), s2))
                .hasMessage("the refund of $19.51 is more than the $19.50 left to refund (paid $19.50, refunded $0.00)");
        assertThatThrownBy(() -> paid.refund(refund(Set.of(OrderLineId.random()), 100, cashUsd(100), s2), s2))
                .hasMessageContaining("is not a standing line");
        OrderState once = paid.join(paid.refund(refund(Set.of(KAFTA), 1350, cashUsd(1350), s2), s2));
        Stamp s3 = next();
        assertThatThrownBy(() -> once.refund(refund(Set.of(KAFTA), 100, cashUsd(100), s3), s3))
                .hasMessageContaining("was refunded already");
        assertThatThrownBy(() -> once.refund(refund(Set.of(), 601, cashUsd(601), s3), s3))
                .hasMessageContaining("more than the $6.00 left to refund");
        // a reopened check is open again: no refund until it is paid again
        OrderState reopened = once.join(OrderState.reopened(once.id(), s3));
        Stamp s4 = next();
        assertThatThrownBy(() -> reopened.refund(refund(Set.of(), 100, cashUsd(100), s4), s4))
                .hasMessageContaining("only a paid check");
    }

    @Test
    void only_the_refund_operation_carries_a_refund_and_only_one() {
        OrderState o = paid();
        Stamp s = next();
        OrderState delta = o.refund(refund(Set.of(), 100, cashUsd(100), s), s);
        assertThatThrownBy(() -> Operations.checkOrder(Operations.SETTLE, delta, s))
                .hasMessageContaining("settle cannot refund the check");
        Stamp other = next();
        assertThatThrownBy(() -> Operations.checkOrder(Operations.REFUND, delta, other))
                .hasMessageContaining("every change must carry the entry's stamp");
        OrderState two = delta.join(o.refund(refund(Set.of(), 200, cashUsd(200), s), s));
        assertThatThrownBy(() -> Operations.checkOrder(Operations.REFUND, two, s))
                .hasMessage("refund carries exactly one refund");
        OrderState withStatus = delta.join(OrderState.cancelled(o.id(), s));
        assertThatThrownBy(() -> Operations.checkOrder(Operations.REFUND, withStatus, s))
                .hasMessageContaining("refund carries fields it does not own");
        assertThat(Operations.ORDER_OPERATIONS).contains("refund");
    }
}
