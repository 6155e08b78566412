package cedarpos.terminal.printing;

import cedarpos.domain.printing.Printer;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.domain.printing.Station;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains one printer's jobs in job-number order on its own thread, so a dead printer never holds up another
 * station's. Each job is marked SENDING (committed) before its first byte leaves, PRINTED only once the printer
 * accepted every byte; a job not sent goes back in line as it was, one whose outcome is unknown goes back marked
 * possible duplicate. Failures back off from {@code minBackoff} doubling up to {@code maxBackoff}; while idle the
 * worker reads the printer's status every {@code idlePoll} so the screen shows paper out before the next ticket.
 * When this printer is a station's main printer and has been failing for the station's fallback delay, the station's
 * waiting jobs move to its fallback printer.
 */
final class PrinterWorker implements Runnable {
    private static final Logger LOG = Logger.getLogger(PrinterWorker.class.getName());

    private final Printer printer;
    private final PrinterConnection connection;
    private final PrintQueue queue;
    private final TicketRenderer renderer;
    private final PrintService.Options options;
    private final Clock clock;
    private final Supplier<PrintingSetup> setup;
    private final Consumer<PrinterHealth> report;
    /** Told the station's fallback printer has jobs to take. */
    private final Consumer<String> handedOver;
    private final Thread previous;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running = true;
    private volatile Thread thread;
    private PrinterHealth health;
    private int failures;
    private long retryAtMs;
    private long nextPollMs;

    PrinterWorker(Printer printer, PrinterConnection connection, PrintQueue queue, TicketRenderer renderer,
                  PrintService.Options options, Clock clock, Supplier<PrintingSetup> setup,
                  Consumer<PrinterHealth> report, Consumer<String> handedOver, Thread previous) {
        this.printer = printer;
        this.connection = connection;
        this.queue = queue;
        this.renderer = renderer;
        this.options = options;
        this.clock = clock;
        this.setup = setup;
        this.report = report;
        this.handedOver = handedOver;
        this.previous = previous;
        this.health = PrinterHealth.unknown(printer, clock.millis());
    }

    Thread start() {
        Thread t = new Thread(this, "printer-" + printer.code());
        t.setDaemon(true);
        thread = t;
        t.start();
        return t;
    }

    Printer printer() {
        return printer;
    }

    Thread thread() {
        return thread;
    }

    /** Something may have changed: a job queued, a catalog, a printer taking over. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    void stop() {
        running = false;
        wake();
    }

    @Override
    public void run() {
        try {
            if (previous != null) {
                previous.join(); // the worker this one replaces may be mid-job on the same printer
            }
            while (running) {
                step();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the store closed under us, or a bug: a worker that dies silently would leave tickets unprinted
            LOG.log(running ? Level.SEVERE : Level.FINE, "printer worker stopped printer=" + printer.code(), e);
        }
    }

    private void step() throws InterruptedException {
        long now = clock.millis();
        Optional<PrintJob> next = queue.next(printer.code());
        if (next.isEmpty() || now < retryAtMs) {
            if (now >= nextPollMs) {
                StatusReport r = connection.status();
                observe(r.status(), r.message(), r.status().canPrint());
                nextPollMs = clock.millis() + (health.failing() ? Math.min(backoffMs(), options.idlePoll().toMillis())
                        : options.idlePoll().toMillis());
            }
            handOverIfDue();
            long until = Math.min(nextPollMs, next.isEmpty() ? Long.MAX_VALUE : retryAtMs);
            await(Math.max(1, until - clock.millis()));
            return;
        }
        print(next.get());
        handOverIfDue();
    }

    private void print(PrintJob job) {
        byte[] bytes;
        try {
            bytes = renderer.render(job.ticket(), printer.paper());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "print job cannot be rendered job=" + job.number(), e);
            if (queue.markSending(job.number(), printer.code())) {
                queue.markNotSent(job.number(), "the ticket cannot be rendered: " + e.getMessage());
            }
            failed();
            return;
        }
        if (!queue.markSending(job.number(), printer.code())) {
            return; // cancelled or moved to the fallback since it was read
        }
        SendOutcome out = connection.send(bytes);
        switch (out.delivery()) {
            case ACCEPTED -> {
                queue.markPrinted(job.number(), printer.code());
                failures = 0;
                retryAtMs = 0;
                LOG.info(() -> "print job printed job=" + job.number() + " printer=" + printer.code() + " bytes="
                        + bytes.length + (job.possibleDuplicate() ? " (possible duplicate)" : ""));
            }
            case NOT_SENT -> {
                queue.markNotSent(job.number(), out.message());
                failed();
            }
            case UNKNOWN -> {
                queue.markUnknown(job.number(), out.message());
                LOG.warning(() -> "print job outcome unknown job=" + job.number() + " printer=" + printer.code()
                        + ": " + out.message() + "; it prints again marked POSSIBLE DUPLICATE");
                failed();
            }
        }
        observe(out.status(), out.message(), out.accepted());
    }

    private void failed() {
        failures++;
        retryAtMs = clock.millis() + backoffMs();
    }

    private long backoffMs() {
        long min = options.minBackoff().toMillis();
        long max = options.maxBackoff().toMillis();
        int doublings = Math.min(Math.max(0, failures - 1), 20);
        return Math.min(max, min << doublings);
    }

    /** Records what the printer said; reports a change of state, or of who prints its jobs. */
    private void observe(PrinterStatus status, String message, boolean working) {
        long now = clock.millis();
        OptionalLong failingSince = working ? OptionalLong.empty()
                : health.failingSinceMs().isPresent() ? health.failingSinceMs() : OptionalLong.of(now);
        long since = status == health.status() ? health.sinceMs() : now;
        String takenOverBy = working ? null : health.takenOverBy();
        PrinterHealth next = new PrinterHealth(printer, status, since, message, failingSince, takenOverBy);
        if (working && health.failing()) {
            LOG.info(() -> "printer back printer=" + printer.code() + " status=" + status);
            failures = 0;
            retryAtMs = 0;
        } else if (!working && !health.failing()) {
            LOG.warning(() -> "printer failing printer=" + printer.code() + ": " + message);
        }
        set(next);
    }

    /** Moves the waiting jobs of every station this printer serves first to its fallback, once the delay is up. */
    private void handOverIfDue() {
        if (!health.failing()) {
            return;
        }
        long failingMs = clock.millis() - health.failingSinceMs().getAsLong();
        PrintingSetup s = setup.get();
        for (Station st : s.stations()) {
            if (printer.code().equals(st.printer()) && st.fallback() != null
                    && failingMs >= st.fallbackAfterSeconds() * 1000L) {
                String fallbackName = s.printer(st.fallback()).map(Printer::name).orElse(st.fallback());
                if (!fallbackName.equals(health.takenOverBy())) {
                    set(new PrinterHealth(printer, health.status(), health.sinceMs(), health.message(),
                            health.failingSinceMs(), fallbackName));
                }
                if (queue.reroute(st.code(), printer.code(), st.fallback()) > 0) {
                    handedOver.accept(st.fallback());
                }
            }
        }
    }

    private void set(PrinterHealth next) {
        boolean changed = !next.equals(health);
        health = next;
        if (changed) {
            report.accept(next);
        }
    }

    private void await(long ms) throws InterruptedException {
        synchronized (signal) {
            if (!woken && running) {
                signal.wait(ms);
            }
            woken = false;
        }
    }
}
