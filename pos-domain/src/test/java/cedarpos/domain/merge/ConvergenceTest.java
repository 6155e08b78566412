package cedarpos.domain.merge;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.Replica.Delta;
import cedarpos.domain.merge.Replica.OrderDelta;
import cedarpos.domain.merge.Replica.StockDelta;
import cedarpos.domain.merge.Replica.TableDelta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Random histories of edits from 2-6 terminals with random clock skews, going
 * offline and back, delivered to the server in random order with random
 * duplication and delay: every replica must end in the same state, no line add
 * may be lost, stock levels must be the sum of the deltas, and the same set of
 * edits must always end the same way.
 */
class ConvergenceTest {
    private static final List<TableId> TABLES = List.of(TableId.random(), TableId.random(), TableId.random());
    private static final List<StockItemId> STOCK = List.of(StockItemId.random(), StockItemId.random());
    private static final List<MenuItemId> MENU = List.of(MenuItemId.random(), MenuItemId.random(),
            MenuItemId.random());

    /** One thing that happens during service. */
    record Step(int terminal, Kind kind, int a, int b, int gapMs) {
    }

    enum Kind { OPEN, ADD, QUANTITY, NOTE, VOID, SEND, HEADER, SETTLE, TABLE, STOCK, GO_OFFLINE, GO_ONLINE, PULL, RESOLVE }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 5),
                        kinds(), Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 120_000))
                .as(Step::new);
        return step.list().ofMinSize(10).ofMaxSize(150);
    }

    /** Line edits and network trouble weigh more than the rest: that is where merging gets hard. */
    private static Arbitrary<Kind> kinds() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Kind.OPEN)), Tuple.of(3, Arbitraries.just(Kind.ADD)),
                Tuple.of(8, Arbitraries.just(Kind.QUANTITY)), Tuple.of(4, Arbitraries.just(Kind.NOTE)),
                Tuple.of(3, Arbitraries.just(Kind.VOID)), Tuple.of(3, Arbitraries.just(Kind.SEND)),
                Tuple.of(3, Arbitraries.just(Kind.HEADER)), Tuple.of(2, Arbitraries.just(Kind.SETTLE)),
                Tuple.of(3, Arbitraries.just(Kind.TABLE)), Tuple.of(3, Arbitraries.just(Kind.STOCK)),
                Tuple.of(4, Arbitraries.just(Kind.GO_OFFLINE)), Tuple.of(3, Arbitraries.just(Kind.GO_ONLINE)),
                Tuple.of(4, Arbitraries.just(Kind.PULL)), Tuple.of(3, Arbitraries.just(Kind.RESOLVE)));
    }

    @Property(tries = 300)
    void everyReplicaConvergesAndNothingIsLost(@ForAll @IntRange(min = 2, max = 6) int terminals,
                                                @ForAll("histories") List<Step> history,
                                                @ForAll Random delivery) {
        Service run = new Service(terminals, delivery);
        run.play(history);
        run.settleNetwork();

        Map<String, Object> server = run.server.picture();
        for (Replica t : run.terminals) {
            assertThat(t.picture()).as("terminal %s equals the server", t.id).isEqualTo(server);
        }
        // no line add is ever lost
        Set<OrderLineId> kept = new HashSet<>();
        run.server.orders.values().forEach(o -> kept.addAll(o.lines().keySet()));
        assertThat(kept).containsAll(run.linesAdded());
        run.server.orders.values().forEach(o -> assertThat(o.merge().lines()).extracting(l -> l.line().id())
                .containsExactlyInAnyOrderElementsOf(o.lines().keySet()));
        // stock levels are the sum of the deltas written, each once
        for (StockItemId item : STOCK) {
            assertThat(run.server.ledger.level(item)).isEqualTo(run.stockWritten(item));
        }
        // a table shows the write with the latest stamp
        run.latestTableWrite().forEach((table, status) ->
                assertThat(run.server.tables.get(table).status()).isEqualTo(status));
    }

    /** The histories must reach every kind of conflict often enough, or the properties above prove little. */
    @Property(tries = 300)
    void historiesReachEveryKindOfConflict(@ForAll @IntRange(min = 2, max = 6) int terminals,
                                           @ForAll("histories") List<Step> history, @ForAll Random delivery) {
        Service run = new Service(terminals, delivery);
        run.play(history);
        run.settleNetwork();
        Set<Conflict.Kind> kinds = new HashSet<>();
        run.server.orders.values().forEach(o -> o.merge().conflicts().forEach(c -> kinds.add(c.kind())));
        for (Conflict.Kind kind : Conflict.Kind.values()) {
            Statistics.label(kind.name()).collect(kinds.contains(kind));
            Statistics.label(kind.name()).coverage(c -> c.check(true).percentage(p -> p > 5.0));
        }
        Statistics.label("manager resolutions").collect(run.resolutions > 0);
        Statistics.label("manager resolutions").coverage(c -> c.check(true).percentage(p -> p > 5.0));
    }

    @Property(tries = 200)
    void theSameSetOfEditsAlwaysEndsTheSame(@ForAll @IntRange(min = 2, max = 6) int terminals,
                                            @ForAll("histories") List<Step> history,
                                            @ForAll Random delivery) {
        Service run = new Service(terminals, delivery);
        run.play(history);
        run.settleNetwork();
        // deliver every edit of that history to two fresh servers, each in its own random order, with repeats
        Replica first = replay(run.written, new Random(delivery.nextLong()));
        Replica second = replay(run.written, new Random(delivery.nextLong()));
        assertThat(first.picture()).isEqualTo(second.picture()).isEqualTo(run.server.picture());
    }

    @Property(tries = 200)
    void conflictsOnlyWhereTwoTerminalsChangedTheSameLine(@ForAll @IntRange(min = 2, max = 6) int terminals,
                                                          @ForAll("histories") List<Step> history,
                                                          @ForAll Random delivery) {
        Service run = new Service(terminals, delivery);
        run.play(history);
        run.settleNetwork();
        for (OrderState o : run.server.orders.values()) {
            for (Conflict c : o.merge().conflicts()) {
                Set<UUID> origins = new HashSet<>();
                c.versions().forEach(v -> origins.add(v.stamp().origin()));
                if (c.kind() == Conflict.Kind.CONCURRENT_EDIT || c.kind() == Conflict.Kind.VOID_VS_EDIT) {
                    assertThat(origins).as("a concurrent edit involves two terminals: %s", c).hasSizeGreaterThan(1);
                }
                if (c.kind() == Conflict.Kind.VOID_AFTER_SEND) {
                    assertThat(o.merge().lines()).anyMatch(l -> l.line().id().equals(c.lineId()) && l.isVoided()
                            && l.sent());
                }
            }
        }
    }

    private static Replica replay(List<Delta> written, Random random) {
        List<Delta> shuffled = new ArrayList<>(written);
        for (Delta d : written) {
            if (random.nextInt(4) == 0) {
                shuffled.add(d);
            }
        }
        Collections.shuffle(shuffled, random);
        Replica server = new Replica(new TerminalId(new UUID(0, 0)));
        shuffled.forEach(server::apply);
        return server;
    }

    /** A branch during service: terminals with skewed clocks, a server, and a network that comes and goes. */
    static final class Service {
        final List<Replica> terminals = new ArrayList<>();
        final Replica server = new Replica(new TerminalId(new UUID(0, 0)));
        final List<Delta> written = new ArrayList<>();
        private final List<List<Delta>> queued = new ArrayList<>();
        private final boolean[] online;
        private final long[] skew;
        private final long[] offset;
        private final List<OrderId> orders = new ArrayList<>();
        private final Random random;
        private long now = 1_764_072_000_000L;
        private long resolutions;

        Service(int n, Random random) {
            this.random = random;
            online = new boolean[n];
            skew = new long[n];
            offset = new long[n];
            for (int i = 0; i < n; i++) {
                terminals.add(new Replica(TerminalId.random()));
                queued.add(new ArrayList<>());
                online[i] = true;
                skew[i] = random.nextInt(1_200_001) - 600_000; // clocks up to 10 minutes off
                offset[i] = -skew[i] + random.nextInt(401) - 200; // measured at connection, to within 200 ms
            }
        }

        void play(List<Step> history) {
            for (Step s : history) {
                now += s.gapMs();
                int i = s.terminal() % terminals.size();
                Replica t = terminals.get(i);
                long at = now + skew[i] + offset[i]; // the terminal's clock corrected by its measured offset
                // most edits go to the first few orders, where terminals contend (a busy table), some anywhere
                OrderId order = orders.isEmpty() ? null
                        : orders.get(s.a() % Math.min(orders.size(), s.a() % 5 == 0 ? orders.size() : 2));
                Delta d = switch (s.kind()) {
                    case OPEN -> {
                        OrderId id = OrderId.random();
                        orders.add(id);
                        yield t.open(at, id, TABLES.get(s.b() % TABLES.size()), MENU.get(s.b() % MENU.size()),
                                1 + s.b() % 4, Currency.USD);
                    }
                    case ADD -> order == null ? null : t.addLine(at, order, MENU.get(s.b() % MENU.size()),
                            1 + s.b() % 3);
                    case QUANTITY -> order == null ? null : t.edit(at, order, s.b(), "quantity", s.b() + s.a());
                    case NOTE -> order == null ? null : t.edit(at, order, s.b(), "note", s.a());
                    case VOID -> order == null ? null : t.edit(at, order, s.b(), "void", s.a());
                    case SEND -> order == null ? null : t.edit(at, order, s.b(), "send", s.a());
                    case HEADER -> order == null ? null : t.header(at, order, s.b());
                    case SETTLE -> order == null || s.b() % 3 != 0 ? null : t.settle(at, order);
                    case TABLE -> t.table(at, TABLES.get(s.a() % TABLES.size()), s.b());
                    case STOCK -> t.stock(at, STOCK.get(s.a() % STOCK.size()), s.b());
                    case GO_OFFLINE -> {
                        online[i] = false;
                        yield null;
                    }
                    case GO_ONLINE -> {
                        reconnect(i);
                        yield null;
                    }
                    case RESOLVE -> order == null ? null : resolve(order, s.b());
                    case PULL -> {
                        if (online[i]) {
                            t.pullFrom(server);
                        }
                        yield null;
                    }
                };
                if (d != null && s.kind() == Kind.RESOLVE) {
                    written.add(d);
                    broadcast();
                } else if (d != null) {
                    written.add(d);
                    queued.get(i).add(d);
                    if (online[i] && random.nextInt(3) > 0) {
                        push(i); // online terminals usually push at once; sometimes a batch waits (delay)
                        broadcast();
                    }
                }
            }
        }

        /** Pull before push, as the protocol does, then the queued entries, some of them twice. */
        private void reconnect(int i) {
            online[i] = true;
            terminals.get(i).pullFrom(server);
            push(i);
        }

        /** A manager, on the server, settles one open conflict of the order with some fitting choice. */
        private Delta resolve(OrderId order, int pick) {
            OrderState state = server.orders.get(order);
            MergedOrder m = state == null ? null : state.merge();
            if (m == null || m.conflicts().isEmpty()) {
                return null;
            }
            Conflict c = m.conflicts().get(pick % m.conflicts().size());
            Stamp version = c.versions().get(pick % c.versions().size()).stamp();
            Resolution r = switch (pick % 4) {
                case 0 -> Resolution.keep(version);
                case 1 -> c.kind() == Conflict.Kind.LATE_FOR_SETTLED ? Resolution.reject() : Resolution.keepBoth();
                case 2 -> Resolution.custom(1 + pick % 5, null, false);
                default -> Resolution.keep(c.versions().get(0).stamp());
            };
            try {
                Delta d = new OrderDelta(Resolver.resolve(state, c.key(), r,
                        new Stamp(now, new UUID(0, 0), ++resolutions), "manager"));
                server.apply(d);
                assertThat(server.orders.get(order).merge().conflicts()).extracting(Conflict::key)
                        .as("resolving %s with %s closes it", c, r).doesNotContain(c.key());
                return d;
            } catch (IllegalArgumentException refused) {
                return null; // that choice does not fit this conflict; the refusal changed nothing
            }
        }

        /** Online terminals hear of the change, each maybe late (its broadcast is still on the way). */
        private void broadcast() {
            for (int k = 0; k < terminals.size(); k++) {
                if (online[k] && random.nextBoolean()) {
                    terminals.get(k).pullFrom(server);
                }
            }
        }

        private void push(int i) {
            for (Delta d : queued.get(i)) {
                server.apply(d);
                if (random.nextInt(5) == 0) {
                    server.apply(d); // a resend after a lost ack
                }
            }
            queued.get(i).clear();
        }

        /** The network comes back for good: every terminal reconnects in a random order, then all pull. */
        void settleNetwork() {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < terminals.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            order.forEach(this::reconnect);
            terminals.forEach(t -> t.pullFrom(server));
        }

        Set<OrderLineId> linesAdded() {
            Set<OrderLineId> ids = new HashSet<>();
            for (Delta d : written) {
                if (d instanceof OrderDelta o) {
                    o.state().lines().values().stream().filter(l -> l.add() != null).forEach(l -> ids.add(l.id()));
                }
            }
            return ids;
        }

        long stockWritten(StockItemId item) {
            return written.stream().filter(d -> d instanceof StockDelta s && s.adjustment().item().equals(item))
                    .mapToLong(d -> ((StockDelta) d).adjustment().delta()).sum();
        }

        Map<TableId, Lww<?>> latestTableWrite() {
            Map<TableId, Lww<?>> latest = new HashMap<>();
            for (Delta d : written) {
                if (d instanceof TableDelta t) {
                    latest.merge(t.state().id(), t.state().status(),
                            (a, b) -> a.stamp().compareTo(b.stamp()) >= 0 ? a : b);
                }
            }
            return latest;
        }
    }
}
