package cedarpos.domain.stock;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.StockItemId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random services through the allocator, as the server runs it: orders of tracked dishes, quantity changes,
 * voids, cancellations, settlements, reopenings, deliveries and waste, each order re-decided after each change.
 * Whatever the history, no decision makes stock available below zero, what reservations hold is the sum of
 * their held portions, the level is the sum of the ledger (sales included), and a claim decided twice changes
 * nothing.
 */
class AllocationPropertiesTest {
    static final StockItemId[] ITEMS = {Dishes.KOFTA, Dishes.TAWOOK, Dishes.KIBBEH};
    static final MenuItemId[] DISHES = {Dishes.MIXED_GRILL, Dishes.KIBBEH_NAYYEH, MenuItemId.random()};
    static final List<List<Portion>> RECIPES = List.of(Dishes.GRILL, Dishes.KIBBEH_PORTION,
            List.of(new Portion(Dishes.TAWOOK, 3), new Portion(Dishes.KIBBEH, 1)));

    /** One line of the simulated service. */
    static final class Line {
        final OrderId order;
        final OrderLineId id = OrderLineId.random();
        final int dish;
        int quantity;
        boolean voided;

        Line(OrderId order, int dish, int quantity) {
            this.order = order;
            this.dish = dish;
            this.quantity = quantity;
        }
    }

    /** The server's side: balances, reservations and the ledger. */
    static final class Branch {
        final Map<StockItemId, Long> level = new HashMap<>();
        final Map<StockItemId, Long> held = new HashMap<>();
        final Map<StockItemId, Long> ledger = new HashMap<>();
        final Map<OrderLineId, Reservation> reservations = new LinkedHashMap<>();
        final Map<OrderId, OrderStatus> orders = new LinkedHashMap<>();
        final List<Line> lines = new ArrayList<>();

        long available(StockItemId item) {
            return level.getOrDefault(item, 0L) - held.getOrDefault(item, 0L);
        }

        void adjust(StockItemId item, long delta) {
            level.merge(item, delta, Long::sum);
            ledger.merge(item, delta, Long::sum);
        }

        void redecide(OrderId order) {
            for (Line l : lines) {
                if (!l.order.equals(order)) {
                    continue;
                }
                Allocation.Claim claim = Dishes.claim(order, l.id, DISHES[l.dish], l.quantity, l.voided,
                        orders.get(order), false);
                Reservation before = reservations.get(l.id);
                Map<StockItemId, Long> availableBefore = new HashMap<>();
                for (StockItemId i : ITEMS) {
                    availableBefore.put(i, available(i));
                }
                Allocation.Decision d = Allocation.decide(before, claim, RECIPES.get(l.dish), this::available, 1);
                if (d == null) {
                    continue;
                }
                d.held().forEach((item, delta) -> held.merge(item, delta, Long::sum));
                d.sold().forEach((item, units) -> adjust(item, -units));
                reservations.put(l.id, d.reservation());
                boolean confirms = d.reservation().confirmed() > (before == null ? 0 : before.confirmed());
                for (StockItemId i : ITEMS) {
                    boolean inRecipe = d.reservation().portions().stream().anyMatch(p -> p.item().equals(i));
                    if (confirms && inRecipe) {
                        assertThat(available(i)).as("a confirmation never oversells " + i).isNotNegative();
                    } else {
                        assertThat(available(i)).as("only a confirmation takes from " + i)
                                .isGreaterThanOrEqualTo(availableBefore.get(i));
                    }
                }
                assertThat(Allocation.decide(d.reservation(), claim, RECIPES.get(l.dish), this::available, 2))
                        .as("the same claim decided again").isNull();
            }
        }
    }

    @Property(tries = 300)
    void noHistoryOversellsAndTheBooksAlwaysAddUp(@ForAll("services") List<int[]> service) {
        Branch b = new Branch();
        for (int[] step : service) {
            apply(b, step);
            for (StockItemId item : ITEMS) {
                long sumHeld = 0;
                long sumSold = 0;
                for (Reservation r : b.reservations.values()) {
                    for (Portion p : r.portions()) {
                        if (p.item().equals(item)) {
                            sumHeld += r.held() * p.perPortion();
                            sumSold += r.consumed() * p.perPortion();
                        }
                    }
                }
                assertThat(b.held.getOrDefault(item, 0L)).as("held " + item).isEqualTo(sumHeld);
                assertThat(b.level.getOrDefault(item, 0L)).as("level = ledger " + item)
                        .isEqualTo(b.ledger.getOrDefault(item, 0L));
                assertThat(sumSold).as("sold " + item).isLessThanOrEqualTo(delivered(service, item));
            }
        }
    }

    private static long delivered(List<int[]> service, StockItemId item) {
        long sum = 0;
        for (int[] s : service) {
            if (s[0] == 6 && ITEMS[s[1] % ITEMS.length].equals(item)) {
                sum += s[2];
            }
        }
        return sum;
    }

    private static void apply(Branch b, int[] step) {
        int a = step[1];
        int n = step[2];
        switch (step[0]) {
            case 0 -> {
                OrderId o = OrderId.random();
                b.orders.put(o, OrderStatus.OPEN);
                b.lines.add(new Line(o, a % DISHES.length, 1 + n % 4));
                b.redecide(o);
            }
            case 1 -> withLine(b, a, l -> l.quantity = 1 + n % 6);
            case 2 -> withLine(b, a, l -> l.voided = true);
            case 3 -> withOrder(b, a, OrderStatus.CANCELLED);
            case 4 -> withOrder(b, a, OrderStatus.SETTLED);
            case 5 -> withOrder(b, a, OrderStatus.OPEN);
            case 6 -> b.adjust(ITEMS[a % ITEMS.length], n);
            case 7 -> b.adjust(ITEMS[a % ITEMS.length], -Math.max(1, n / 2));
            default -> {
                // another line on an open order
                if (!b.orders.isEmpty()) {
                    OrderId o = new ArrayList<>(b.orders.keySet()).get(a % b.orders.size());
                    b.lines.add(new Line(o, n % DISHES.length, 1 + a % 3));
                    b.redecide(o);
                }
            }
        }
    }

    private static void withLine(Branch b, int index, java.util.function.Consumer<Line> change) {
        if (!b.lines.isEmpty()) {
            Line l = b.lines.get(index % b.lines.size());
            change.accept(l);
            b.redecide(l.order);
        }
    }

    private static void withOrder(Branch b, int index, OrderStatus status) {
        if (!b.orders.isEmpty()) {
            OrderId o = new ArrayList<>(b.orders.keySet()).get(index % b.orders.size());
            b.orders.put(o, status);
            b.redecide(o);
        }
    }

    @Provide
    Arbitrary<List<int[]>> services() {
        Arbitrary<int[]> step = Arbitraries.integers().between(0, 8).flatMap(kind -> Arbitraries.integers()
                .between(0, 50).list().ofSize(2).map(ab -> new int[] {kind, ab.get(0), ab.get(1)}));
        return step.list().ofMinSize(5).ofMaxSize(60);
    }
}
