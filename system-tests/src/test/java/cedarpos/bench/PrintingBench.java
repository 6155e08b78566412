package cedarpos.bench;

import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.printing.PaperWidth;
import cedarpos.domain.printing.Printer;
import cedarpos.terminal.printing.FakeEscPosPrinter;
import cedarpos.terminal.printing.PrintJob;
import cedarpos.terminal.printing.PrintService;
import cedarpos.terminal.printing.PrinterConnection;
import cedarpos.terminal.printing.TicketPrinter;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StoreEvent;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * 100 orders, each sent to the grill, the cold kitchen and the bar, through the real store (the tickets queued in the
 * send's own transaction), the printer workers and three fake ESC/POS printers on loopback. Latency is per ticket,
 * from the send to the printer's confirmation that it read every byte (the job marked PRINTED); the baseline writes the
 * same rendered tickets straight to the same printers, one connection per ticket, a thread per printer.
 */
final class PrintingBench {
    private static final int ORDERS = 100;

    private PrintingBench() {
    }

    static String run() throws Exception {
        Path dir = Files.createTempDirectory("bench-printing");
        Map<String, FakeEscPosPrinter> printers = Map.of("grill", FakeEscPosPrinter.start(PaperWidth.MM80),
                "mezze", FakeEscPosPrinter.start(PaperWidth.MM80), "bar", FakeEscPosPrinter.start(PaperWidth.MM58));
        TicketPrinter renderer = new TicketPrinter(ZoneId.systemDefault());
        try (TerminalStore store = TerminalStore.open(dir)) {
            store.enroll(cedarpos.domain.TerminalId.random(), LebaneseCatalog.BRANCH, "Hamra Street", "Bench",
                    "bench-token-not-used-for-sync");
            store.syncLog().applyCatalog(LebaneseCatalog.catalog().withPrinting(LebaneseCatalog.kitchen(
                    printers.get("grill").port(), printers.get("mezze").port(), printers.get("bar").port(), 60)));
            List<Long> sentAt = new ArrayList<>();
            List<MergedOrder> orders = new ArrayList<>();
            long start;
            try (PrintService printing = new PrintService(store.printJobs(), renderer::render,
                    PrintService.Options.defaults(), Clock.systemUTC())) {
                // as TerminalCore wires it
                store.addListener(e -> {
                    if (e == StoreEvent.CATALOG || e == StoreEvent.REMOTE_CHANGES) {
                        printing.wake();
                    } else if (e == StoreEvent.LOCAL_WRITE || e == StoreEvent.PRINTING) {
                        printing.nudge();
                    }
                });
                printing.start();
                start = System.currentTimeMillis();
                for (int i = 0; i < ORDERS; i++) {
                    MergedOrder o = store.orders().place(LebaneseCatalog.T4, List.of(
                            new NewLine(LebaneseCatalog.SHISH_TAOUK, 1 + i % 3), new NewLine(LebaneseCatalog.HUMMUS, 1),
                            new NewLine(LebaneseCatalog.ALMAZA, 2)));
                    sentAt.add(System.currentTimeMillis());
                    store.orders().sendToKitchen(o.id());
                    orders.add(o);
                }
                while (store.printJobs().recent().stream().anyMatch(PrintJob::open)) {
                    Thread.sleep(5);
                }
            }
            long[] latencies = new long[ORDERS * 3];
            long last = 0;
            List<PrintJob> all = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                List<PrintJob> jobs = store.printJobs().ofOrder(orders.get(i).id());
                if (jobs.size() != 3) {
                    throw new IllegalStateException("order " + i + " has " + jobs.size() + " tickets, not 3");
                }
                for (int k = 0; k < 3; k++) {
                    long printed = jobs.get(k).printedAtMs().getAsLong();
                    latencies[i * 3 + k] = (printed - sentAt.get(i)) * 1_000_000L;
                    last = Math.max(last, printed);
                }
                all.addAll(jobs);
            }
            int received = printers.values().stream().mapToInt(p -> p.tickets().size()).sum();
            if (received != ORDERS * 3) {
                throw new IllegalStateException("the printers printed " + received + " tickets, not " + ORDERS * 3);
            }
            Bench.progress("tickets printed through the queue: " + received);
            Arrays.sort(latencies);
            double perSecond = ORDERS * 3 * 1000.0 / Math.max(1, last - start);
            printers.values().forEach(FakeEscPosPrinter::clear);
            double baseline = direct(all, printers, renderer);
            Bench.progress("the same tickets written straight to the printers: " + ORDERS * 3);
            printers.values().forEach(FakeEscPosPrinter::close);
            return "printing: orders=" + ORDERS + " tickets=" + ORDERS * 3 + " tickets_per_s=" + Bench.fmt(perSecond)
                    + " p50_ms=" + Bench.fmt(Bench.percentileMs(latencies, 0.50)) + " p99_ms="
                    + Bench.fmt(Bench.percentileMs(latencies, 0.99)) + " direct_tickets_per_s=" + Bench.fmt(baseline)
                    + " ratio_vs_direct=" + Bench.fmt(perSecond / baseline);
        }
    }

    /** Tickets per second writing each job's bytes straight to its printer, a thread per printer. */
    private static double direct(List<PrintJob> jobs, Map<String, FakeEscPosPrinter> printers, TicketPrinter renderer)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(printers.size());
        try {
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (var e : printers.entrySet()) {
                Printer p = e.getValue().printer(e.getKey(), e.getKey());
                List<byte[]> bytes = jobs.stream().filter(j -> j.printer().equals(e.getKey()))
                        .map(j -> renderer.render(j.ticket(), p.paper())).toList();
                done.add(threads.submit(() -> {
                    PrinterConnection c = new PrinterConnection(p);
                    for (byte[] b : bytes) {
                        if (!c.send(b).accepted()) {
                            throw new IllegalStateException("a direct write was not accepted");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return jobs.size() * 1e9 / (System.nanoTime() - t0);
        } finally {
            threads.shutdown();
        }
    }
}
