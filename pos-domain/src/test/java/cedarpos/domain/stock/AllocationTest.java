package cedarpos.domain.stock;

import static cedarpos.domain.stock.Dishes.GRILL;
import static cedarpos.domain.stock.Dishes.KIBBEH;
import static cedarpos.domain.stock.Dishes.KIBBEH_NAYYEH;
import static cedarpos.domain.stock.Dishes.KIBBEH_PORTION;
import static cedarpos.domain.stock.Dishes.KOFTA;
import static cedarpos.domain.stock.Dishes.MIXED_GRILL;
import static cedarpos.domain.stock.Dishes.TAWOOK;
import static cedarpos.domain.stock.Dishes.claim;
import static cedarpos.domain.stock.Dishes.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.StockItemId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reservation rules of docs/protocol.md, one by one, on a branch held in a map. */
class AllocationTest {
    final Map<StockItemId, Long> available = new HashMap<>();
    final OrderId order = OrderId.random();
    final OrderLineId line = OrderLineId.random();

    Allocation.Decision decide(Reservation current, Allocation.Claim claim, List<Portion> recipe) {
        Allocation.Decision d = Allocation.decide(current, claim, recipe, i -> available.getOrDefault(i, 0L), 5);
        if (d != null) {
            d.held().forEach((item, taken) -> available.merge(item, -taken, Long::sum));
        }
        return d;
    }

    @Test
    void claimsAreDecidedInArrivalOrderAndTheStockIsNeverOversold() {
        available.put(KIBBEH, 10L);
        List<Reservation> decided = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            decided.add(decide(null, open(OrderId.random(), OrderLineId.random(), KIBBEH_NAYYEH, 1),
                    KIBBEH_PORTION).reservation());
            assertThat(available.get(KIBBEH)).isNotNegative();
        }
        assertThat(decided.subList(0, 10)).allMatch(r -> r.status() == ReservationStatus.CONFIRMED);
        assertThat(decided.subList(10, 50)).allMatch(r -> r.status() == ReservationStatus.DENIED)
                .allMatch(r -> r.deniedPortions() == 1 && r.held() == 0);
        assertThat(available.get(KIBBEH)).isZero();
    }

    @Test
    void aRecipeIsHeldWholeOrNotAtAll() {
        available.put(KOFTA, 5L);
        available.put(TAWOOK, 3L);
        Reservation one = decide(null, open(order, line, MIXED_GRILL, 1), GRILL).reservation();
        assertThat(one.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(available).containsEntry(KOFTA, 4L).containsEntry(TAWOOK, 1L);
        // a second grill needs 2 tawook, one is left: nothing of it is taken, kofta included
        Reservation two = decide(null, open(OrderId.random(), OrderLineId.random(), MIXED_GRILL, 1), GRILL)
                .reservation();
        assertThat(two.status()).isEqualTo(ReservationStatus.DENIED);
        assertThat(available).containsEntry(KOFTA, 4L).containsEntry(TAWOOK, 1L);
    }

    @Test
    void aVoidReleasesStockThatALaterOrderThenGets() {
        available.put(KIBBEH, 1L);
        Reservation first = decide(null, open(order, line, KIBBEH_NAYYEH, 1), KIBBEH_PORTION).reservation();
        OrderLineId later = OrderLineId.random();
        OrderId laterOrder = OrderId.random();
        assertThat(decide(null, open(laterOrder, later, KIBBEH_NAYYEH, 1), KIBBEH_PORTION).reservation().status())
                .isEqualTo(ReservationStatus.DENIED);
        Allocation.Decision voided = decide(first, claim(order, line, KIBBEH_NAYYEH, 1, true, OrderStatus.OPEN,
                false), KIBBEH_PORTION);
        assertThat(voided.reservation().status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(voided.held()).containsEntry(KIBBEH, -1L);
        assertThat(decide(null, open(OrderId.random(), OrderLineId.random(), KIBBEH_NAYYEH, 1), KIBBEH_PORTION)
                .reservation().status()).isEqualTo(ReservationStatus.CONFIRMED);
    }

    @Test
    void settlingConsumesWhatIsHeldOnceAsASale() {
        available.put(KOFTA, 10L);
        available.put(TAWOOK, 10L);
        Reservation held = decide(null, open(order, line, MIXED_GRILL, 2), GRILL).reservation();
        Allocation.Decision settled = decide(held, claim(order, line, MIXED_GRILL, 2, false, OrderStatus.SETTLED,
                false), GRILL);
        assertThat(settled.reservation().status()).isEqualTo(ReservationStatus.CONSUMED);
        assertThat(settled.sold()).containsEntry(KOFTA, 2L).containsEntry(TAWOOK, 4L);
        assertThat(settled.held()).containsEntry(KOFTA, -2L).containsEntry(TAWOOK, -4L);
        // the same settled check read again (a resend, a second settle delta) sells nothing more
        assertThat(decide(settled.reservation(), claim(order, line, MIXED_GRILL, 2, false, OrderStatus.SETTLED,
                false), GRILL)).isNull();
    }

    @Test
    void aLateChangeToAPaidCheckIsHeldButNotConsumedUntilAManagerDecides() {
        available.put(KIBBEH, 5L);
        Allocation.Decision late = decide(null, claim(order, line, KIBBEH_NAYYEH, 1, false, OrderStatus.SETTLED,
                true), KIBBEH_PORTION);
        assertThat(late.reservation().status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(late.sold()).isEmpty();
    }

    @Test
    void aHigherQuantityAsksForTheDifferenceAndALowerOneEndsTheDenial() {
        available.put(KIBBEH, 3L);
        Reservation two = decide(null, open(order, line, KIBBEH_NAYYEH, 2), KIBBEH_PORTION).reservation();
        Reservation five = decide(two, open(order, line, KIBBEH_NAYYEH, 5), KIBBEH_PORTION).reservation();
        assertThat(five.status()).isEqualTo(ReservationStatus.DENIED);
        assertThat(five.confirmed()).isEqualTo(2);
        assertThat(five.deniedPortions()).isEqualTo(3);
        assertThat(available.get(KIBBEH)).isEqualTo(1L);
        Reservation three = decide(five, open(order, line, KIBBEH_NAYYEH, 3), KIBBEH_PORTION).reservation();
        assertThat(three.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(three.confirmed()).isEqualTo(3);
        assertThat(available.get(KIBBEH)).isZero();
        Reservation one = decide(three, open(order, line, KIBBEH_NAYYEH, 1), KIBBEH_PORTION).reservation();
        assertThat(one.held()).isEqualTo(1);
        assertThat(available.get(KIBBEH)).isEqualTo(2L);
    }

    @Test
    void aDenialStaysWhenStockArrivesLaterTheKitchenWasAlreadyTold() {
        available.put(KIBBEH, 0L);
        Reservation denied = decide(null, open(order, line, KIBBEH_NAYYEH, 1), KIBBEH_PORTION).reservation();
        available.put(KIBBEH, 10L);
        assertThat(decide(denied, open(order, line, KIBBEH_NAYYEH, 1), KIBBEH_PORTION)).isNull();
    }

    @Test
    void untrackedDishesAndLinesThatWantNothingClaimNothing() {
        assertThat(decide(null, open(order, line, KIBBEH_NAYYEH, 1), List.of())).isNull();
        assertThat(decide(null, claim(order, line, KIBBEH_NAYYEH, 1, true, OrderStatus.OPEN, false),
                KIBBEH_PORTION)).isNull();
        assertThat(decide(null, claim(order, line, KIBBEH_NAYYEH, 1, false, OrderStatus.CANCELLED, false),
                KIBBEH_PORTION)).isNull();
    }

    @Test
    void terminalsShowAChangeTheServerHasNotDecidedAsPending() {
        available.put(KIBBEH, 5L);
        Reservation two = decide(null, open(order, line, KIBBEH_NAYYEH, 2), KIBBEH_PORTION).reservation();
        assertThat(two.statusFor(2)).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(two.statusFor(3)).isEqualTo(ReservationStatus.PENDING);
        assertThat(two.pendingFor(3)).isEqualTo(1);
        assertThat(two.statusFor(1)).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(two.statusFor(0)).isEqualTo(ReservationStatus.RELEASED);
        Reservation denied = decide(two, open(order, line, KIBBEH_NAYYEH, 9), KIBBEH_PORTION).reservation();
        assertThat(denied.newDenialSince(two)).isTrue();
        assertThat(denied.newDenialSince(denied)).isFalse();
        assertThat(denied.statusFor(9)).isEqualTo(ReservationStatus.DENIED);
    }

    @Test
    void invalidReservationsAreRefused() {
        Reservation r = decide(null, open(order, line, KIBBEH_NAYYEH, 1), KIBBEH_PORTION).reservation();
        assertThat(r.status()).as("nothing available: decided, and denied").isEqualTo(ReservationStatus.DENIED);
        assertThatThrownBy(() -> new Reservation(line, order, KIBBEH_NAYYEH, "Kibbeh", Dishes.TILL, KIBBEH_PORTION,
                1, 2, 0, 1, 0)).hasMessageContaining("cannot hold more than was requested");
        assertThatThrownBy(() -> new Reservation(line, order, KIBBEH_NAYYEH, "Kibbeh", Dishes.TILL, KIBBEH_PORTION,
                1, 1, 2, 1, 0)).hasMessageContaining("consumed <= confirmed");
        assertThatThrownBy(() -> new Reservation(line, order, KIBBEH_NAYYEH, " ", Dishes.TILL, KIBBEH_PORTION,
                1, 1, 0, 1, 0)).hasMessageContaining("names its dish");
        assertThatThrownBy(() -> new Reservation(line, order, KIBBEH_NAYYEH, "Kibbeh", Dishes.TILL, List.of(),
                1, 1, 0, 1, 0)).hasMessageContaining("takes 1 to");
    }

    @Test
    void recipesRefuseDuplicatesAndBadQuantities() {
        assertThatThrownBy(() -> new Recipe(KIBBEH_NAYYEH, List.of(new Portion(KIBBEH, 1), new Portion(KIBBEH, 2))))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> new Portion(KIBBEH, 0)).hasMessageContaining("between 1 and");
        Recipe grill = new Recipe(MIXED_GRILL, GRILL);
        assertThat(grill.portionsLeft(i -> i.equals(KOFTA) ? 7 : 5)).isEqualTo(2);
        assertThat(grill.soldOut(i -> i.equals(KOFTA) ? 7 : 1)).isTrue();
        assertThat(new Recipe(MIXED_GRILL, List.of()).soldOut(i -> 0)).isFalse();
    }
}
