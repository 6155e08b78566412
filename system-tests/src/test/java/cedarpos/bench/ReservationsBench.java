package cedarpos.bench;

import cedarpos.domain.MenuItemId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.stock.ReservationStatus;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.PayaraServer;
import cedarpos.systemtest.Fleet;
import cedarpos.systemtest.StockTrial;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StockBook;
import cedarpos.terminal.store.StoreEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * 50 tills contending for one dish: from an order to its till holding the server's decision (confirmed or
 * denied), and how many portions were sold beyond the stock (must be 0).
 *
 * <ul>
 * <li>service: every till orders at random moments (about {@code bench.perTerminalPerSecond} a second each) while
 * half the portions asked for exist;</li>
 * <li>bursts: all fifty order in the same millisecond for the last ten portions;</li>
 * <li>baseline, in the same run: one till ordering alone while the others are connected and idle.</li>
 * </ul>
 * A warm-up service (not measured) first gives both JVMs' compilers the paths they will run.
 * 49 tills are protocol clients ({@link ProtocolTill}: real WebSockets, no SQLite, measured from push to
 * decision); one is a real terminal, measured from its local commit to the decision applied in its SQLite file.
 */
final class ReservationsBench {
    private static final int TERMINALS = Integer.getInteger("bench.terminals", 50);
    private static final int ORDERS = Integer.getInteger("bench.orders", 500);
    /** A branch of 50 tills ordering 10 times a second, 36,000 orders an hour: far above any real service. */
    private static final double RATE = Double.parseDouble(System.getProperty("bench.perTerminalPerSecond", "0.2"));
    private static final int WARMUP = Integer.getInteger("bench.warmup", 500);
    private static final int BURSTS = Integer.getInteger("bench.bursts", 10);
    private static final int ALONE = Integer.getInteger("bench.alone", 200);
    private static final int PORTIONS = 10;

    private ReservationsBench() {
    }

    /** Latencies and decisions of one phase. */
    private static final class Phase {
        final ConcurrentLinkedQueue<Long> tillNs = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> terminalNs = new ConcurrentLinkedQueue<>();
        final AtomicInteger confirmed = new AtomicInteger();
        final java.util.concurrent.Semaphore each = new java.util.concurrent.Semaphore(0);
        volatile CountDownLatch remaining = new CountDownLatch(0);

        void till(long ns, ReservationStatus s) {
            tillNs.add(ns);
            decided(s);
        }

        void terminal(long ns, ReservationStatus s) {
            terminalNs.add(ns);
            decided(s);
        }

        private void decided(ReservationStatus s) {
            if (s == ReservationStatus.CONFIRMED) {
                confirmed.incrementAndGet();
            }
            remaining.countDown();
            each.release();
        }

        void await(String what) throws InterruptedException {
            if (!remaining.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException(what + ": " + remaining.getCount() + " orders undecided after 120 s");
            }
        }

        static long[] sorted(ConcurrentLinkedQueue<Long> ns) {
            return ns.stream().mapToLong(Long::longValue).sorted().toArray();
        }
    }

    /** The real terminal: orders one portion and reports to the current phase when its decision is applied. */
    private static final class RealTill {
        final TerminalCore core;
        final java.util.Map<MergedOrder, Long> waiting = new java.util.concurrent.ConcurrentHashMap<>();
        volatile Phase phase;

        RealTill(TerminalCore core) {
            this.core = core;
            core.store().addListener(e -> {
                if (e == StoreEvent.REMOTE_CHANGES) {
                    waiting.keySet().forEach(this::check);
                }
            });
        }

        void order(MenuItemId dish) {
            long t0 = System.nanoTime();
            MergedOrder o = core.store().orders().place(null, List.of(new NewLine(dish, 1)));
            waiting.put(o, t0);
            check(o);
        }

        private void check(MergedOrder o) {
            StockBook.Line l = StockTrial.claim(core, o);
            if (l != null && l.status() != ReservationStatus.PENDING) {
                Long t0 = waiting.remove(o);
                if (t0 != null) {
                    phase.terminal(System.nanoTime() - t0, l.status());
                }
            }
        }
    }

    static String run() throws Exception {
        Path work = BenchServer.work("reservations");
        AtomicReference<Phase> current = new AtomicReference<>(new Phase());
        List<ProtocolTill> tills = new ArrayList<>();
        try (PayaraServer server = BenchServer.start(work); Fleet fleet = new Fleet(server, work, DemoBranch.ID)) {
            RealTill real = new RealTill(fleet.start("Till 1"));
            Fleet.awaitOnline(real.core);
            for (int i = 2; i <= TERMINALS; i++) {
                tills.add(new ProtocolTill(fleet.api(), server.wsUrl(), "Till " + i,
                        (ns, s) -> current.get().till(ns, s)));
            }
            Bench.progress(TERMINALS + " tills connected (1 terminal, " + (TERMINALS - 1) + " protocol clients)");
            long cursor = fleet.api().changeHead(DemoBranch.ID);
            List<StockTrial> trials = new ArrayList<>();

            int warmPerTill = Math.max(1, WARMUP / TERMINALS);
            StockTrial warm = track(fleet, trials, (long) warmPerTill * TERMINALS / 2, real);
            Phase warmup = begin(current, real, warmPerTill * TERMINALS);
            serve(tills, real, warm.dish(), warmPerTill, 20);
            warmup.await("warm-up");
            Bench.progress("warmed up: " + warmPerTill * TERMINALS + " orders");

            // baseline: one till ordering alone, one decision at a time, then the terminal the same way
            StockTrial alone = track(fleet, trials, 2L * ALONE, real);
            Phase solo = begin(current, real, ALONE);
            for (int i = 0; i < ALONE; i++) {
                tills.get(0).order(alone.dish());
                awaitOne(solo);
            }
            solo.await("alone");
            Phase soloTerminal = begin(current, real, ALONE);
            for (int i = 0; i < ALONE; i++) {
                real.order(alone.dish());
                awaitOne(soloTerminal);
            }
            long[] aloneNs = Phase.sorted(solo.tillNs);
            long[] aloneTerminalNs = Phase.sorted(soloTerminal.terminalNs);
            Bench.progress("one till alone: p50 " + ms(aloneNs, 0.5) + " ms, p99 " + ms(aloneNs, 0.99)
                    + " ms; the terminal alone: p50 " + ms(aloneTerminalNs, 0.5) + " ms, p99 "
                    + ms(aloneTerminalNs, 0.99) + " ms");

            // a service: everyone orders at random moments, twice as many portions as exist
            int perTill = Math.max(1, ORDERS / TERMINALS);
            StockTrial service = track(fleet, trials, (long) perTill * TERMINALS / 2, real);
            Phase busy = begin(current, real, perTill * TERMINALS);
            serve(tills, real, service.dish(), perTill, RATE);
            busy.await("service");
            long oversold = Math.max(0, busy.confirmed.get() - (long) perTill * TERMINALS / 2);
            long[] serviceNs = Phase.sorted(busy.tillNs);
            long[] serviceTerminalNs = Phase.sorted(busy.terminalNs);
            Bench.progress("service: " + perTill * TERMINALS + " orders, " + busy.confirmed.get() + " confirmed for "
                    + perTill * TERMINALS / 2 + " portions; p50 " + ms(serviceNs, 0.5) + " ms, p99 "
                    + ms(serviceNs, 0.99) + " ms; the terminal p50 " + ms(serviceTerminalNs, 0.5) + " ms");

            // bursts: all at once for the last ten portions
            Phase bursts = new Phase();
            for (int b = 0; b < BURSTS; b++) {
                StockTrial burst = track(fleet, trials, PORTIONS, real);
                Phase one = begin(current, real, TERMINALS);
                burst(tills, real, burst.dish());
                one.await("burst " + b);
                oversold += Math.max(0, one.confirmed.get() - PORTIONS);
                bursts.tillNs.addAll(one.tillNs);
            }
            long[] burstNs = Phase.sorted(bursts.tillNs);
            Bench.progress("bursts: " + BURSTS + " x " + TERMINALS + " orders for " + PORTIONS + " portions; p50 "
                    + ms(burstNs, 0.5) + " ms, p99 " + ms(burstNs, 0.99) + " ms");
            for (StockTrial t : trials) {
                oversold += t.log(server.wsUrl(), cursor).balances().stream().filter(b -> b.available() < 0).count();
            }
            double p50 = Bench.percentileMs(serviceNs, 0.5);
            return "reservations: terminals=" + TERMINALS + " orders=" + serviceNs.length + " p50_ms=" + Bench.fmt(p50)
                    + " p99_ms=" + ms(serviceNs, 0.99) + " burst_p50_ms=" + ms(burstNs, 0.5) + " burst_p99_ms="
                    + ms(burstNs, 0.99) + " terminal_p50_ms=" + ms(serviceTerminalNs, 0.5) + " terminal_p99_ms="
                    + ms(serviceTerminalNs, 0.99) + " alone_p50_ms=" + ms(aloneNs, 0.5) + " ratio_vs_alone="
                    + Bench.fmt(p50 / Bench.percentileMs(aloneNs, 0.5)) + " oversold=" + oversold;
        } finally {
            tills.forEach(ProtocolTill::close);
        }
    }

    /** A fresh stock item of {@code portions} for the dish, known to the real terminal before anyone orders. */
    private static StockTrial track(Fleet fleet, List<StockTrial> trials, long portions, RealTill real) {
        StockTrial t = StockTrial.track(fleet.api(), DemoBranch.ID, DemoBranch.KIBBEH_NAYYEH_DISH, portions);
        t.awaitKnown(List.of(real.core), portions);
        trials.add(t);
        return t;
    }

    private static Phase begin(AtomicReference<Phase> current, RealTill real, int orders) {
        Phase p = new Phase();
        p.remaining = new CountDownLatch(orders);
        current.set(p);
        real.phase = p;
        return p;
    }

    private static void awaitOne(Phase p) throws InterruptedException {
        if (!p.each.tryAcquire(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no decision within 30 s");
        }
    }

    private static void serve(List<ProtocolTill> tills, RealTill real, MenuItemId dish, int perTill, double rate)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tills.size() + 1);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i <= tills.size(); i++) {
                Random random = new Random(i);
                Runnable order = i == tills.size() ? () -> real.order(dish) : orderer(tills.get(i), dish);
                runs.add(pool.submit(() -> {
                    for (int k = 0; k < perTill; k++) {
                        Thread.sleep((long) (-Math.log(1 - random.nextDouble()) * 1000 / rate));
                        order.run();
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Runnable orderer(ProtocolTill till, MenuItemId dish) {
        return () -> till.order(dish);
    }

    private static void burst(List<ProtocolTill> tills, RealTill real, MenuItemId dish) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tills.size() + 1);
        ExecutorService pool = Executors.newFixedThreadPool(tills.size() + 1);
        try {
            List<Future<?>> placed = new ArrayList<>();
            for (ProtocolTill t : tills) {
                placed.add(pool.submit(() -> {
                    start.await();
                    t.order(dish);
                    return null;
                }));
            }
            placed.add(pool.submit(() -> {
                start.await();
                real.order(dish);
                return null;
            }));
            for (Future<?> f : placed) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String ms(long[] sortedNs, double q) {
        return sortedNs.length == 0 ? "NaN" : Bench.fmt(Bench.percentileMs(sortedNs, q));
    }
}
