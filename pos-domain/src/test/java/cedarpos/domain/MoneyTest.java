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
    void ordersRefuseInvalidState() {
        OrderLine line = new OrderLine(OrderLineId.random(), MenuItemId.random(), "Hummus", 1, Money.of(450, Currency.USD));
        assertThatThrownBy(() -> new OrderSnapshot(OrderId.random(), BranchId.random(), null, TerminalId.random(),
                OrderStatus.OPEN, Currency.LBP, 0, List.of(line))).hasMessageContaining("priced in USD");
        assertThatThrownBy(() -> new OrderSnapshot(OrderId.random(), BranchId.random(), null, TerminalId.random(),
                OrderStatus.OPEN, Currency.USD, 0, List.of(line, line))).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> new OrderLine(OrderLineId.random(), MenuItemId.random(), " ", 1,
                Money.of(1, Currency.USD))).hasMessageContaining("name");
        assertThatThrownBy(() -> OrderId.parse("12")).hasMessageContaining("order id must be a UUID");
    }

    @Test
    void unionOfLinesKeepsEveryLineOnce() {
        OrderLine a = new OrderLine(OrderLineId.random(), MenuItemId.random(), "Hummus", 1, Money.of(450, Currency.USD));
        OrderLine b = new OrderLine(OrderLineId.random(), MenuItemId.random(), "Kafta", 1, Money.of(1100, Currency.USD));
        OrderId id = OrderId.random();
        BranchId branch = BranchId.random();
        TerminalId t = TerminalId.random();
        OrderSnapshot left = new OrderSnapshot(id, branch, null, t, OrderStatus.SENT, Currency.USD, 0, List.of(a));
        OrderSnapshot right = new OrderSnapshot(id, branch, null, t, OrderStatus.SENT, Currency.USD, 0, List.of(a, b));
        assertThat(left.unionLines(right).lines()).containsExactly(a, b);
        assertThat(right.unionLines(left).lines()).containsExactly(a, b);
        assertThat(left.unionLines(right).total()).isEqualTo(Money.of(1550, Currency.USD));
    }
}
