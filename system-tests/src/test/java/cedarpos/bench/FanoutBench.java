package cedarpos.bench;

import cedarpos.domain.OrderId;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.PayaraServer;
import cedarpos.systemtest.Fleet;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.store.StoreEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * 50 terminals of one branch connected: latency from one terminal's local
 * commit of an order to the 50th terminal having applied it. Baseline in the
 * same run: the first receiver (a single hop), so the ratio shows what fanning
 * out to 50 costs.
 */
final class FanoutBench {
    private static final int RECEIVERS = Integer.getInteger("bench.terminals", 50);
    private static final int ORDERS = Integer.getInteger("bench.orders", 200);
    private static final int WARMUP = 20;

    private FanoutBench() {
    }

    static String run() throws Exception {
        Path work = BenchServer.work("fanout");
        try (PayaraServer server = BenchServer.start(work); Fleet fleet = new Fleet(server, work, DemoBranch.ID)) {
            TerminalCore sender = fleet.start("Sender");
            Fleet.awaitOnline(sender);
            List<TerminalCore> receivers = new ArrayList<>();
            for (int i = 0; i < RECEIVERS; i++) {
                receivers.add(fleet.start("Receiver " + i));
                if ((i + 1) % 10 == 0) {
                    Bench.progress("terminals enrolled and started: " + (i + 1) + " / " + RECEIVERS);
                }
            }
            receivers.forEach(Fleet::awaitOnline);
            Bench.progress("all " + RECEIVERS + " receivers online");

            AtomicReference<OrderId> current = new AtomicReference<>();
            AtomicReference<CountDownLatch> remaining = new AtomicReference<>(new CountDownLatch(0));
            Set<TerminalCore> arrived = ConcurrentHashMap.newKeySet();
            AtomicLong firstAt = new AtomicLong();
            for (TerminalCore r : receivers) {
                r.store().addListener(event -> {
                    OrderId id = current.get();
                    if (event == StoreEvent.REMOTE_CHANGES && id != null && !arrived.contains(r)
                            && r.store().orders().find(id).isPresent() && arrived.add(r)) {
                        firstAt.compareAndSet(0, System.nanoTime());
                        remaining.get().countDown();
                    }
                });
            }

            long[] all = new long[ORDERS];
            long[] first = new long[ORDERS];
            for (int i = -WARMUP; i < ORDERS; i++) {
                CountDownLatch latch = new CountDownLatch(RECEIVERS);
                remaining.set(latch);
                arrived.clear();
                firstAt.set(0);
                long t0 = System.nanoTime();
                OrderId id = Fleet.placeOrder(sender, 1).id();
                current.set(id);
                // a receiver that applied it before `current` was set saw no id to look for
                for (TerminalCore r : receivers) {
                    if (!arrived.contains(r) && r.store().orders().find(id).isPresent() && arrived.add(r)) {
                        firstAt.compareAndSet(0, System.nanoTime());
                        latch.countDown();
                    }
                }
                if (!latch.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("order " + i + " reached only " + (RECEIVERS - latch.getCount())
                            + " of " + RECEIVERS + " terminals in 10 s");
                }
                long done = System.nanoTime();
                current.set(null);
                if (i >= 0) {
                    all[i] = done - t0;
                    first[i] = firstAt.get() - t0;
                }
                Thread.sleep(10);
                if (i > 0 && i % 50 == 0) {
                    Bench.progress("orders fanned out: " + i + " / " + ORDERS);
                }
            }
            Arrays.sort(all);
            Arrays.sort(first);
            double p50 = Bench.percentileMs(all, 0.50);
            double firstP50 = Bench.percentileMs(first, 0.50);
            return "fanout: terminals=" + RECEIVERS + " orders=" + ORDERS + " p50_ms=" + Bench.fmt(p50)
                    + " p99_ms=" + Bench.fmt(Bench.percentileMs(all, 0.99))
                    + " first_terminal_p50_ms=" + Bench.fmt(firstP50)
                    + " ratio_vs_first_terminal=" + Bench.fmt(p50 / firstP50);
        }
    }
}
