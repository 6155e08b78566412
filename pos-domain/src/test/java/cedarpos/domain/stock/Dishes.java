package cedarpos.domain.stock;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.PaymentState;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.Conflict;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.VoidMark;
import java.util.List;
import java.util.Set;

/** Orders of one-line checks as the merge would show them, for allocation tests. */
final class Dishes {
    static final TerminalId TILL = TerminalId.parse("00000000-0000-4000-8000-000000000007");
    static final StockItemId KOFTA = StockItemId.parse("d0000000-0000-4000-8000-000000000001");
    static final StockItemId TAWOOK = StockItemId.parse("d0000000-0000-4000-8000-000000000002");
    static final StockItemId KIBBEH = StockItemId.parse("d0000000-0000-4000-8000-000000000004");
    static final MenuItemId MIXED_GRILL = MenuItemId.parse("a0000000-0000-4000-8000-000000000010");
    static final MenuItemId KIBBEH_NAYYEH = MenuItemId.parse("a0000000-0000-4000-8000-000000000021");
    /** 1 kofta + 2 tawook skewers. */
    static final List<Portion> GRILL = List.of(new Portion(KOFTA, 1), new Portion(TAWOOK, 2));
    static final List<Portion> KIBBEH_PORTION = List.of(new Portion(KIBBEH, 1));

    private Dishes() {
    }

    /** One line of {@code quantity} x {@code dish}, in an order of status {@code status}. */
    static Allocation.Claim claim(OrderId order, OrderLineId line, MenuItemId dish, int quantity, boolean voided,
                                  OrderStatus status, boolean late) {
        MergedLine l = new MergedLine(new OrderLine(line, dish, "Dish " + dish.toString().substring(34), quantity,
                Money.of(1000, Currency.USD)), java.util.List.of(), null, voided ? new VoidMark("guest left", "Rima") : null,
                voided ? new Stamp(2, TILL.value(), 2) : null, false,
                late ? Set.of(Conflict.Kind.LATE_FOR_SETTLED) : Set.of(), new Stamp(1, TILL.value(), 1), null, null, false, null);
        MergedOrder o = new MergedOrder(order, BranchId.parse("b0000000-0000-4000-8000-000000000001"), TILL,
                Currency.USD, 1, null, status, status == OrderStatus.SETTLED ? PaymentState.PAID : PaymentState.UNPAID,
                null, 2, null, List.of(l), List.of(), null, List.of());
        return Allocation.Claim.of(o, l);
    }

    static Allocation.Claim open(OrderId order, OrderLineId line, MenuItemId dish, int quantity) {
        return claim(order, line, dish, quantity, false, OrderStatus.OPEN, false);
    }
}
