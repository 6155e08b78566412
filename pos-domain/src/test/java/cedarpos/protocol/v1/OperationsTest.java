package cedarpos.protocol.v1;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.VoidMark;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each pushed operation may carry: a terminal cannot forge stamps, resolutions or other fields. */
class OperationsTest {
    static final TerminalId T = TerminalId.random();
    static final Stamp S = new Stamp(1_764_072_000_000L, T.value(), 12);
    static final OrderId ORDER = OrderId.random();
    static final OrderLineId LINE = OrderLineId.random();

    static OrderState opened(Stamp s) {
        return OrderState.open(ORDER, new OrderBirth(BranchId.random(), T, Currency.USD, 0), TableId.random(), 2,
                List.of(new LineAdd(new OrderLine(LINE, MenuItemId.random(), "Hummus", 1, Money.of(450,
                        Currency.USD)), null, s)), s);
    }

    @Test
    void wellFormedOperationsPass() {
        Stamp base = new Stamp(1, T.value(), 1);
        assertThatCode(() -> {
            Operations.checkOrder(Operations.OPEN, opened(S), S);
            Operations.checkOrder(Operations.EDIT_LINE, OrderState.withEdit(ORDER, LINE, LineEdit.quantity(S,
                    Set.of(base), 2)), S);
            Operations.checkOrder(Operations.VOID_LINE, OrderState.withEdit(ORDER, LINE, LineEdit.voided(S,
                    Set.of(base), new VoidMark("cold", "Rana"))), S);
            Operations.checkOrder(Operations.SEND_LINES, OrderState.withEdit(ORDER, LINE, LineEdit.sentToKitchen(S,
                    Set.of(base))), S);
            Operations.checkOrder(Operations.HEADER, OrderState.withGuests(ORDER, 3, S), S);
            Operations.checkOrder(Operations.SETTLE, opened(base).settle(450, S), S);
            Operations.checkOrder(Operations.REOPEN, OrderState.reopened(ORDER, S), S);
        }).doesNotThrowAnyException();
    }

    @Test
    void forgedOrMisfiledChangesAreRefused() {
        Stamp base = new Stamp(1, T.value(), 1);
        Stamp other = new Stamp(S.atMs(), TerminalId.random().value(), 12);
        assertThatThrownBy(() -> Operations.checkOrder(Operations.OPEN, opened(other), S))
                .hasMessageContaining("entry's stamp");
        assertThatThrownBy(() -> Operations.checkOrder(Operations.EDIT_LINE, OrderState.withEdit(ORDER, LINE,
                new LineEdit(S, Set.of(base), 2, null, null, false, false, true)), S))
                .hasMessageContaining("cannot resolve");
        assertThatThrownBy(() -> Operations.checkOrder(Operations.EDIT_LINE, OrderState.withEdit(ORDER, LINE,
                LineEdit.voided(S, Set.of(base), new VoidMark("x", "y"))), S)).hasMessageContaining("editLine");
        assertThatThrownBy(() -> Operations.checkOrder(Operations.HEADER, OrderState.withDiscount(ORDER,
                new Discount(Discount.Kind.AMOUNT, 5, "x"), S).join(OrderState.cancelled(ORDER, S)), S))
                .hasMessageContaining("fields it does not own");
        assertThatThrownBy(() -> Operations.checkOrder(Operations.ADD_LINES, opened(S), S))
                .hasMessageContaining("birth");
        assertThatThrownBy(() -> Operations.checkOrder("delete", OrderState.withGuests(ORDER, 3, S), S))
                .hasMessageContaining("is not one of");
    }
}
