package cedarpos.server.order.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import cedarpos.domain.merge.Conflict;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.VoidMark;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each version of a conflict sets, field by field, read from the order's state by the version's stamp. */
class ConflictPartsTest {
    private static final long NOON = 1_764_072_000_000L;
    private static final TerminalId T1 = TerminalId.parse("00000000-0000-4000-8000-000000000001");
    private static final TerminalId T2 = TerminalId.parse("00000000-0000-4000-8000-000000000002");

    private final OrderId orderId = OrderId.random();
    private final OrderLineId kafta = OrderLineId.random();
    private final Stamp opened = new Stamp(NOON, T2.value(), 1);
    private final OrderState order = OrderState.open(orderId, new OrderBirth(BranchId.random(), T2, Currency.USD, NOON),
            TableId.random(), 4, List.of(new LineAdd(new OrderLine(kafta, MenuItemId.random(), "Kafta", 1,
                    Money.of(1100, Currency.USD)), null, opened)), opened);

    @Test
    void aVoidAgainstAnEditShowsTheQuantityOnOneSideAndTheVoidWithWhoOnTheOther() {
        OrderState edit = OrderState.withEdit(orderId, kafta, LineEdit.quantity(new Stamp(NOON + 60_000, T2.value(), 2),
                Set.of(opened), 2));
        OrderState voided = OrderState.withEdit(orderId, kafta, LineEdit.voided(new Stamp(NOON + 120_000, T1.value(),
                1), Set.of(opened), new VoidMark("out of kafta", "Karim")));
        OrderState both = order.join(voided).join(edit);
        Conflict c = both.merge().conflicts().get(0);
        assertThat(c.kind()).isEqualTo(Conflict.Kind.VOID_VS_EDIT);

        assertThat(ConflictParts.of(both, c, c.versions().get(0)))
                .isEqualTo(Json.createObjectBuilder().add("quantity", 2).build());
        assertThat(ConflictParts.of(both, c, c.versions().get(1))).isEqualTo(Json.createObjectBuilder()
                .add("void", Json.createObjectBuilder().add("reason", "out of kafta").add("by", "Karim")).build());
    }

    @Test
    void lateChangesToAPaidCheckShowTheLineAddedAndTheDiscountSet() {
        OrderState settled = order.join(order.settle(order.merge().total().minor(),
                new Stamp(NOON + 600_000, T1.value(), 5)));
        OrderLineId knafeh = OrderLineId.random();
        Stamp added = new Stamp(NOON + 300_000, T2.value(), 2);
        Stamp discounted = new Stamp(NOON + 360_000, T1.value(), 3);
        OrderState s = settled.join(OrderState.withLines(orderId, List.of(new LineAdd(new OrderLine(knafeh,
                        MenuItemId.random(), "Knafeh", 1, Money.of(500, Currency.USD)), null, added))))
                .join(OrderState.withDiscount(orderId, new Discount(Discount.Kind.AMOUNT, 200, "vip"), discounted));
        List<Conflict> conflicts = s.merge().conflicts();

        Conflict line = conflicts.stream().filter(c -> c.field().equals("line")).findFirst().orElseThrow();
        assertThat(ConflictParts.of(s, line, line.versions().get(0))).isEqualTo(Json.createObjectBuilder()
                .add("added", Json.createObjectBuilder().add("quantity", 1).add("name", "Knafeh")).build());
        Conflict discount = conflicts.stream().filter(c -> c.field().equals("discount")).findFirst().orElseThrow();
        assertThat(ConflictParts.of(s, discount, discount.versions().get(0))).isEqualTo(Json.createObjectBuilder()
                .add("discount", Json.createObjectBuilder().add("kind", "AMOUNT").add("value", 200)
                        .add("reason", "vip")).build());
    }

    @Test
    void aStampTheStateDoesNotHoldSetsNothing() {
        OrderState edit = OrderState.withEdit(orderId, kafta, LineEdit.quantity(new Stamp(NOON + 60_000, T2.value(), 2),
                Set.of(opened), 2));
        OrderState other = OrderState.withEdit(orderId, kafta, LineEdit.quantity(new Stamp(NOON + 90_000, T1.value(), 1),
                Set.of(opened), 5));
        OrderState both = order.join(edit).join(other);
        Conflict c = both.merge().conflicts().get(0);
        JsonObject none = ConflictParts.of(order, c, c.versions().get(0));
        assertThat(none).isEmpty();
        assertThat(ConflictParts.of(null, c, c.versions().get(0))).isEmpty();
    }
}
