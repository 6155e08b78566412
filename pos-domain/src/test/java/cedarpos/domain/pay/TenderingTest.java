package cedarpos.domain.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenderingTest {
    static final ExchangeRate RATE = new ExchangeRate(89_500);

    static Money usd(long cents) {
        return Money.of(cents, Currency.USD);
    }

    static Money lbp(long pounds) {
        return Money.of(pounds, Currency.LBP);
    }

    static Tender cash(Money m) {
        return new Tender(Tender.Method.CASH, m);
    }

    @Test
    void half_in_dollars_half_in_pounds_settles_exactly() {
        Tendering t = Tendering.of(usd(2950), RATE, List.of(cash(usd(1500))));
        assertThat(t.remaining(Currency.USD)).isEqualTo(usd(1450));
        assertThat(t.remaining(Currency.LBP)).isEqualTo(lbp(1_297_750));
        Tendering paid = t.with(cash(lbp(1_297_750)));
        assertThat(paid.covered()).isTrue();
        assertThat(paid.change(Currency.USD)).isEqualTo(usd(0));
        assertThat(paid.change(Currency.LBP)).isEqualTo(lbp(0));
    }

    @Test
    void change_is_given_in_the_currency_the_customer_chooses() {
        // $29.50 due, a $20 note and 1,000,000 LBP: overpaid by 1,000,000 - 850,250 = 149,750 LBP
        Tendering t = Tendering.of(usd(2950), RATE, List.of(cash(usd(2000)), cash(lbp(1_000_000))));
        assertThat(t.covered()).isTrue();
        assertThat(t.change(Currency.LBP)).isEqualTo(lbp(149_750));
        // 149,750 / 89,500 = 1.6731...: the till hands back $1.67, never more than it got
        assertThat(t.change(Currency.USD)).isEqualTo(usd(167));
        Payment p = Payment.of(usd(2950), t.tenders(), RATE, new Vat(1100, true), Currency.USD);
        assertThat(p.change()).isEqualTo(usd(167));
    }

    @Test
    void what_is_left_rounds_up_and_change_rounds_down() {
        ExchangeRate odd = new ExchangeRate(89_537);
        Tendering t = Tendering.of(usd(1), odd, List.of());
        // one cent is 895.37 pounds: the customer owes 896, and 895 does not cover it
        assertThat(t.dueIn(Currency.LBP)).isEqualTo(lbp(896));
        assertThat(t.with(cash(lbp(895))).covered()).isFalse();
        assertThat(t.with(cash(lbp(896))).covered()).isTrue();
        assertThat(t.with(cash(lbp(896))).change(Currency.LBP)).isEqualTo(lbp(0));
    }

    @Test
    void a_check_in_pounds_takes_dollars() {
        Tendering t = Tendering.of(lbp(450_000), RATE, List.of(cash(usd(500))));
        assertThat(t.covered()).as("$5 is 447,500 LBP").isFalse();
        assertThat(t.remaining(Currency.LBP)).isEqualTo(lbp(2_500));
        t = t.with(cash(usd(100)));
        assertThat(t.change(Currency.LBP)).isEqualTo(lbp(87_000));
        assertThat(t.dueIn(Currency.USD)).isEqualTo(usd(503));
    }

    @Test
    void a_card_is_charged_no_more_than_what_is_left() {
        assertThatThrownBy(() -> Payment.of(usd(2950), List.of(new Tender(Tender.Method.CARD, usd(3000))), RATE,
                Vat.NONE, Currency.USD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a card can be charged $29.50 at most");
        // the remainder in pounds rounds up to a whole pound: a card may take that
        Payment mixed = Payment.of(usd(2950), List.of(cash(usd(1500)), new Tender(Tender.Method.CARD,
                lbp(1_297_750))), RATE, Vat.NONE, Currency.USD);
        assertThat(mixed.change()).isEqualTo(usd(0));
    }

    @Test
    void a_payment_that_does_not_cover_the_check_is_refused() {
        assertThatThrownBy(() -> Payment.of(usd(2950), List.of(cash(usd(2000))), RATE, Vat.NONE, Currency.USD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leave $9.50 to pay");
        assertThatThrownBy(() -> new Payment(usd(1000), List.of(cash(usd(1000))), RATE, Vat.NONE, usd(1)))
                .hasMessageContaining("more than was overpaid");
        assertThatThrownBy(() -> new Tender(Tender.Method.CASH, usd(0))).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> new ExchangeRate(0)).hasMessageContaining("pounds per dollar");
    }

    @Test
    void a_check_shows_its_total_in_the_other_currency() {
        assertThat(RATE.convert(usd(2950), Currency.LBP)).isEqualTo(lbp(2_640_250));
        assertThat(RATE.convert(lbp(2_640_250), Currency.USD)).isEqualTo(usd(2950));
    }

    @Test
    void vat_included_or_added() {
        Vat included = new Vat(1100, true);
        assertThat(included.of(usd(11_100))).isEqualTo(usd(1100));
        assertThat(included.due(usd(11_100))).isEqualTo(usd(11_100));
        Vat added = new Vat(1100, false);
        assertThat(added.of(usd(10_000))).isEqualTo(usd(1100));
        assertThat(added.due(usd(10_000))).isEqualTo(usd(11_100));
        assertThat(added.percent()).isEqualTo("11%");
        assertThat(new Vat(550, true).percent()).isEqualTo("5.5%");
        assertThatThrownBy(() -> new Vat(-1, true)).hasMessageContaining("basis points");
    }

    @Test
    void without_a_rate_only_the_orders_currency_is_taken() {
        Payment p = Payment.of(usd(2950), List.of(cash(usd(3000))), null, Vat.NONE, Currency.USD);
        assertThat(p.rate()).isNull();
        assertThat(p.change()).isEqualTo(usd(50));
        assertThatThrownBy(() -> Payment.of(usd(2950), List.of(cash(lbp(3_000_000))), null, Vat.NONE, Currency.USD))
                .hasMessageContaining("no LBP/USD rate is set for today: only USD");
        assertThatThrownBy(() -> Payment.of(usd(2950), List.of(cash(usd(3000))), null, Vat.NONE, Currency.LBP))
                .hasMessageContaining("no LBP/USD rate");
    }
}
