package cedarpos.domain.pay;

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
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.PartPayment;
import cedarpos.domain.merge.Stamp;
import cedarpos.protocol.v1.OrderStateJson;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Split checks: every share a whole cent, all shares adding up to the balance, and paying them settles the check. */
class CheckSplitTest {
    static final TerminalId TILL = TerminalId.random();
    static final Vat VAT = new Vat(1100, true);
    static final OrderLineId KAFTA = OrderLineId.random();
    static final OrderLineId HUMMUS = OrderLineId.random();
    static final OrderLineId LEMONADE = OrderLineId.random();
    static final OrderLineId BAKLAWA = OrderLineId.random();
    long seq = 1;

    Stamp next() {
        seq++;
        return new Stamp(1_700_000_000_000L + seq * 1000, TILL.value(), seq);
    }

    static LineAdd line(OrderLineId id, String name, int qty, long cents, Integer seat, Integer course, Stamp s) {
        return new LineAdd(new OrderLine(id, MenuItemId.random(), name, qty, Money.of(cents, Currency.USD)),
                List.of(), null, s, seat, course);
    }

    /** Seat 1: Kafta $13.50; seat 2: Hummus $6.00 and Lemonade $3.00; the table: Baklawa $4.50. Total $27.00. */
    OrderState check() {
        Stamp s = next();
        return OrderState.open(OrderId.random(), new OrderBirth(BranchId.random(), TILL, Currency.USD, s.atMs()),
                TableId.random(), 2, List.of(line(KAFTA, "Kafta", 1, 1350, 1, 2, s),
                        line(HUMMUS, "Hummus", 1, 600, 2, 1, s), line(LEMONADE, "Lemonade", 1, 300, 2, null, s),
                        line(BAKLAWA, "Baklawa", 1, 450, null, 3, s)), s);
    }

    PartPayment cash(CheckSplit.Share share, String label) {
        return new PartPayment(UUID.randomUUID(), label, share.lines(), share.amount(), Payment.of(share.amount(),
                List.of(new Tender(Tender.Method.CASH, share.amount())), null, VAT, Currency.USD), next());
    }

    static long sum(List<CheckSplit.Share> shares) {
        return shares.stream().mapToLong(s -> s.amount().minor()).sum();
    }

    @Test
    void by_seat_gives_each_seat_its_lines_and_the_table_its_own_share() {
        List<CheckSplit.Share> shares = CheckSplit.bySeat(check().merge());
        assertThat(shares).extracting(CheckSplit.Share::kind, CheckSplit.Share::number, CheckSplit.Share::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CheckSplit.Kind.SEAT, 1, usd(1350)),
                        org.assertj.core.groups.Tuple.tuple(CheckSplit.Kind.SEAT, 2, usd(900)),
                        org.assertj.core.groups.Tuple.tuple(CheckSplit.Kind.TABLE, 0, usd(450)));
        assertThat(shares.get(1).lines()).containsExactlyInAnyOrder(HUMMUS, LEMONADE);
    }

    @Test
    void a_check_discount_is_spread_over_the_shares_to_the_cent() {
        OrderState o = check();
        o = o.join(OrderState.withDiscount(o.id(), new Discount(Discount.Kind.PERCENT, 1000, "regulars"), next()));
        MergedOrder m = o.merge();
        assertThat(m.total()).isEqualTo(usd(2430));
        List<CheckSplit.Share> shares = CheckSplit.bySeat(m);
        assertThat(sum(shares)).isEqualTo(2430);
        assertThat(shares).extracting(CheckSplit.Share::amount).containsExactly(usd(1215), usd(810), usd(405));
    }

    @Test
    void evenly_three_ways_puts_the_odd_cent_on_the_first_share() {
        OrderState open = check();
        OrderState o = open.join(OrderState.withDiscount(open.id(), new Discount(Discount.Kind.AMOUNT, 1, "round"),
                next()));
        List<CheckSplit.Share> shares = CheckSplit.evenly(o.merge(), 3);
        assertThat(shares).extracting(CheckSplit.Share::amount).containsExactly(usd(900), usd(900), usd(899));
        assertThatThrownBy(() -> CheckSplit.evenly(o.merge(), 1)).hasMessageContaining("2 to 20");
    }

    @Test
    void by_item_leaves_the_rest_on_the_check_and_refuses_a_line_twice() {
        MergedOrder m = check().merge();
        List<CheckSplit.Share> shares = CheckSplit.byItems(m, List.of(Set.of(KAFTA), Set.of(HUMMUS, BAKLAWA)));
        assertThat(shares).extracting(CheckSplit.Share::amount).containsExactly(usd(1350), usd(1050));
        assertThatThrownBy(() -> CheckSplit.byItems(m, List.of(Set.of(KAFTA), Set.of(KAFTA))))
                .hasMessageContaining("two shares");
        assertThatThrownBy(() -> CheckSplit.byItems(m, List.of(Set.of(OrderLineId.random()))))
                .hasMessageContaining("not an unpaid item");
    }

    @Test
    void paying_every_share_settles_the_check_and_a_share_too_many_is_refused() throws Exception {
        OrderState o = check();
        List<CheckSplit.Share> shares = CheckSplit.bySeat(o.merge());
        o = o.join(o.payPart(cash(shares.get(0), "Seat 1"), next()));
        MergedOrder after = o.merge();
        assertThat(after.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(after.balance()).isEqualTo(usd(1350));
        // the seats left split again, over what is still unpaid
        List<CheckSplit.Share> rest = CheckSplit.bySeat(after);
        assertThat(rest).extracting(CheckSplit.Share::amount).containsExactly(usd(900), usd(450));
        OrderState state = o;
        assertThatThrownBy(() -> state.payPart(cash(shares.get(0), "Seat 1 again"), next()))
                .hasMessageContaining("already paid");
        o = o.join(o.payPart(cash(rest.get(0), "Seat 2"), next()));
        o = o.join(o.payPart(cash(rest.get(1), "Table"), next()));
        MergedOrder paid = o.merge();
        assertThat(paid.status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(paid.balance()).isEqualTo(usd(0));
        assertThat(paid.payments()).hasSize(3);
        assertThat(paid.conflicts()).isEmpty();
        // the shares travel in the order's JSON and come back the same
        OrderState back = OrderStateJson.decode(OrderStateJson.encode(o, Currency.USD));
        assertThat(back).isEqualTo(o);
        OrderState settled = o;
        assertThatThrownBy(() -> settled.payPart(cash(rest.get(1), "Extra"), next()))
                .hasMessageContaining("nothing is left");
    }

    @Test
    void a_share_paying_more_than_is_left_is_refused() {
        OrderState o = check();
        CheckSplit.Share tooMuch = new CheckSplit.Share(CheckSplit.Kind.EVEN, 1, 1, Set.of(), usd(2701));
        assertThatThrownBy(() -> o.payPart(cash(tooMuch, "All"), next())).hasMessageContaining("only $27.00");
    }

    @Test
    void seats_courses_and_fired_lines_round_trip() throws Exception {
        OrderState o = check();
        Stamp s = next();
        o = o.join(OrderState.withEdit(o.id(), KAFTA, cedarpos.domain.merge.LineEdit.fired(s,
                o.line(KAFTA).heads())));
        MergedOrder m = OrderStateJson.decode(OrderStateJson.encode(o, Currency.USD)).merge();
        assertThat(m.lines()).filteredOn(l -> l.line().id().equals(KAFTA)).singleElement()
                .satisfies(l -> assertThat(l.seat()).isEqualTo(1)).satisfies(l -> assertThat(l.course()).isEqualTo(2))
                .satisfies(l -> assertThat(l.held()).isFalse());
        assertThat(m.lines()).filteredOn(l -> l.line().id().equals(BAKLAWA)).singleElement()
                .satisfies(l -> assertThat(l.held()).isTrue());
        assertThatThrownBy(() -> line(KAFTA, "Kafta", 1, 1350, 100, null, next())).hasMessageContaining("seat");
        assertThatThrownBy(() -> line(KAFTA, "Kafta", 1, 1350, null, 10, next())).hasMessageContaining("course");
    }

    static Money usd(long cents) {
        return Money.of(cents, Currency.USD);
    }
}
