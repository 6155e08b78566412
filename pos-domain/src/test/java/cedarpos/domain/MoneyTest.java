package cedarpos.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void addsAndMultipliesInMinorUnits() {
        Money hummus = Money.of(450, Currency.USD);
        assertThat(hummus.times(3).plus(Money.of(5, Currency.USD))).isEqualTo(Money.of(1355, Currency.USD));
        assertThat(Money.of(1355, Currency.USD).display()).isEqualTo("$13.55");
        assertThat(Money.of(450_000, Currency.LBP).display()).isEqualTo("LBP 450,000");
    }

    @Test
    void refusesToMixCurrenciesOrOverflow() {
        assertThatThrownBy(() -> Money.of(1, Currency.USD).plus(Money.of(1, Currency.LBP)))
                .hasMessageContaining("cannot add LBP to USD");
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, Currency.LBP).times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void linesAndIdsRefuseInvalidState() {
        assertThatThrownBy(() -> new OrderLine(OrderLineId.random(), MenuItemId.random(), " ", 1,
                Money.of(1, Currency.USD))).hasMessageContaining("name");
        assertThatThrownBy(() -> new OrderLine(OrderLineId.random(), MenuItemId.random(), "Hummus", 0,
                Money.of(1, Currency.USD))).hasMessageContaining("quantity");
        assertThatThrownBy(() -> OrderId.parse("12")).hasMessageContaining("order id must be a UUID");
    }
}
