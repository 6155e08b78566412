package cedarpos.domain.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.shift.DrawerMovement.Kind;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShiftTest {
    static final TerminalId TILL = TerminalId.random();
    final Shift open = Shift.open(ShiftId.random(), TILL, "  Karim Nassar ", 1_000, 10, Cash.of(10_000, 2_000_000));

    @Test
    void a_shift_covers_its_own_terminals_changes_between_its_opening_and_its_closing() {
        assertThat(open.openedBy()).isEqualTo("Karim Nassar");
        assertThat(open.isOpen()).isTrue();
        assertThat(open.covers(new Stamp(0, TILL.value(), 11))).as("the clock does not matter").isTrue();
        assertThat(open.covers(new Stamp(5_000, TILL.value(), 10))).as("the opening itself").isFalse();
        assertThat(open.covers(new Stamp(5_000, UUID.randomUUID(), 11))).as("another terminal").isFalse();
        Shift closed = open.close(new Shift.Closing("Rana Haddad", 9_000, 20, Cash.of(0, 0)));
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.covers(new Stamp(5_000, TILL.value(), 19))).isTrue();
        assertThat(closed.covers(new Stamp(5_000, TILL.value(), 20))).isFalse();
        assertThatThrownBy(() -> closed.close(closed.closing())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bad_shifts_and_movements_are_refused() {
        assertThatThrownBy(() -> Shift.open(ShiftId.random(), TILL, " ", 0, 1, Cash.ZERO))
                .hasMessageContaining("who opened the shift is required");
        assertThatThrownBy(() -> Shift.open(ShiftId.random(), TILL, "Karim", 0, 1, Cash.of(-1, 0)))
                .hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> open.close(new Shift.Closing("Karim", 0, 10, Cash.ZERO)))
                .hasMessageContaining("closes after it opened");
        assertThatThrownBy(() -> new Shift.Closing("Karim", 0, 11, Cash.of(0, -5)))
                .hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> new Cash(Money.of(1, Currency.LBP), Money.of(1, Currency.LBP)))
                .hasMessageContaining("dollars then pounds");
        ShiftId id = open.id();
        Money five = Money.of(500, Currency.USD);
        assertThatThrownBy(() -> new DrawerMovement(UUID.randomUUID(), id, Kind.PAY_OUT, five, "ice", "Karim", " ",
                0, 11)).hasMessageContaining("needs a manager's approval");
        assertThatThrownBy(() -> new DrawerMovement(UUID.randomUUID(), id, Kind.PAY_IN, five, "  ", "Karim", null,
                0, 11)).hasMessageContaining("reason");
        assertThatThrownBy(() -> new DrawerMovement(UUID.randomUUID(), id, Kind.PAY_IN, Money.of(0, Currency.USD),
                "ice", "Karim", null, 0, 11)).hasMessageContaining("more than zero");
        DrawerMovement out = new DrawerMovement(UUID.randomUUID(), id, Kind.PAY_OUT, five, "ice", "Karim", "Rana",
                0, 11);
        assertThat(out.effect()).isEqualTo(Money.of(-500, Currency.USD));
    }

    @Test
    void cash_keeps_its_currencies_apart() {
        Cash c = Cash.of(1_000, 50_000).plus(Money.of(250, Currency.USD)).minus(Money.of(60_000, Currency.LBP));
        assertThat(c).isEqualTo(Cash.of(1_250, -10_000));
        assertThat(c.isNegative()).isTrue();
        assertThat(c.in(Currency.LBP)).isEqualTo(Money.of(-10_000, Currency.LBP));
        assertThat(c.minus(c)).isEqualTo(Cash.ZERO);
    }
}
