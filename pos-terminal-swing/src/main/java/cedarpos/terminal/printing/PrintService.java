package cedarpos.terminal.printing;

import cedarpos.domain.printing.Printer;
import cedarpos.domain.printing.PrintingSetup;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The terminal's printers at work: one {@link PrinterWorker} per printer of the branch's setup, started after the
 * jobs a crash left SENDING went back in line marked possible duplicate, and kept in step with each new setup. Tells
 * its listeners how every printer is doing (on a worker's thread, never the EDT).
 */
public final class PrintService implements PrinterHealthSource, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PrintService.class.getName());

    /**
     * @param minBackoff the wait after a first failure, doubled after each further one
     * @param maxBackoff the longest wait between tries
     * @param idlePoll   how often an idle printer's status is read
     * @param connection how each printer is reached (its timeouts)
     */
    public record Options(Duration minBackoff, Duration maxBackoff, Duration idlePoll,
                          Function<Printer, PrinterConnection> connection) {
        public Options {
            if (minBackoff.isNegative() || minBackoff.isZero() || maxBackoff.compareTo(minBackoff) < 0
                    || idlePoll.isNegative() || idlePoll.isZero() || connection == null) {
                throw new IllegalArgumentException("print backoff must be positive and its cap at least its start");
            }
        }

        /** 1 s doubling to 30 s between tries, an idle printer's status every 5 s, default network timeouts. */
        public static Options defaults() {
            return new Options(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(5),
                    PrinterConnection::new);
        }
    }

    private final PrintQueue queue;
    private final TicketRenderer renderer;
    private final Options options;
    private final Clock clock;
    private final List<Consumer<List<PrinterHealth>>> listeners = new CopyOnWriteArrayList<>();
    // guarded by this
    private final Map<String, PrinterWorker> workers = new LinkedHashMap<>();
    private final Map<String, PrinterHealth> health = new LinkedHashMap<>();
    private volatile PrintingSetup setup = PrintingSetup.NONE;
    private boolean closed;

    public PrintService(PrintQueue queue, TicketRenderer renderer, Options options, Clock clock) {
        this.queue = queue;
        this.renderer = renderer;
        this.options = options;
        this.clock = clock;
    }

    /** Puts back in line what a crash left mid-job, then starts a worker per printer. Call off the EDT. */
    public PrintService start() {
        queue.recoverInterrupted();
        wake();
        return this;
    }

    /** A job may have been queued: every worker looks at its queue again. Cheap; call it after each store write. */
    public void nudge() {
        List<PrinterWorker> all;
        synchronized (this) {
            all = new ArrayList<>(workers.values());
        }
        all.forEach(PrinterWorker::wake);
    }

    /**
     * The printing setup may have changed (a catalog, changes from the server) and jobs may have been queued: the
     * workers follow the setup and look again. Off the EDT (it reads the setup).
     */
    public void wake() {
        PrintingSetup now = queue.setup();
        List<PrinterWorker> all;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (!now.equals(setup)) {
                apply(now);
            }
            all = new ArrayList<>(workers.values());
        }
        all.forEach(PrinterWorker::wake);
    }

    /** Each printer as last seen, in the setup's order. */
    public synchronized List<PrinterHealth> printers() {
        return List.copyOf(health.values());
    }

    @Override
    public void addListener(Consumer<List<PrinterHealth>> listener) {
        listeners.add(listener);
        listener.accept(printers());
    }

    @Override
    public void removeListener(Consumer<List<PrinterHealth>> listener) {
        listeners.remove(listener);
    }

    // guarded by this
    private void apply(PrintingSetup next) {
        Map<String, Printer> wanted = new LinkedHashMap<>();
        next.printers().forEach(p -> wanted.put(p.code(), p));
        Map<String, Thread> replaced = new java.util.HashMap<>();
        for (var it = workers.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().printer().equals(wanted.get(e.getKey()))) {
                e.getValue().stop();
                replaced.put(e.getKey(), e.getValue().thread());
                it.remove();
                health.remove(e.getKey());
            }
        }
        setup = next;
        long now = clock.millis();
        Map<String, PrinterHealth> ordered = new LinkedHashMap<>();
        for (Printer p : wanted.values()) {
            if (!workers.containsKey(p.code())) {
                PrinterWorker w = new PrinterWorker(p, options.connection().apply(p), queue, renderer, options, clock,
                        () -> setup, this::reported, this::handedOver, replaced.get(p.code()));
                workers.put(p.code(), w);
                w.start();
            }
            ordered.put(p.code(), health.getOrDefault(p.code(), PrinterHealth.unknown(p, now)));
        }
        health.clear();
        health.putAll(ordered);
        LOG.info(() -> "printers ready printers=" + wanted.keySet() + " stations=" + next.stations().size());
        publish();
    }

    private void reported(PrinterHealth h) {
        synchronized (this) {
            PrinterWorker current = workers.get(h.printer().code());
            if (current == null || !current.printer().equals(h.printer())) {
                return; // from a worker being replaced
            }
            health.put(h.printer().code(), h);
        }
        publish();
    }

    private void handedOver(String fallback) {
        PrinterWorker w;
        synchronized (this) {
            w = workers.get(fallback);
        }
        if (w != null) {
            w.wake();
        }
    }

    private void publish() {
        List<PrinterHealth> now = printers();
        for (Consumer<List<PrinterHealth>> l : listeners) {
            try {
                l.accept(now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "printer listener failed", e);
            }
        }
    }

    /** Stops every worker, waiting a little for one mid-job. */
    @Override
    public void close() {
        List<PrinterWorker> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(workers.values());
            workers.clear();
        }
        all.forEach(PrinterWorker::stop);
        for (PrinterWorker w : all) {
            try {
                Thread t = w.thread();
                if (t != null) {
                    t.join(2000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
