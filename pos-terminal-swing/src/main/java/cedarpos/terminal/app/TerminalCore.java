package cedarpos.terminal.app;

import cedarpos.domain.TerminalId;
import cedarpos.terminal.printing.PrintService;
import cedarpos.terminal.printing.TicketPrinter;
import cedarpos.terminal.store.StoreEvent;
import cedarpos.terminal.store.TerminalState;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.sync.EnrollmentClient;
import cedarpos.terminal.sync.EnrollmentClient.Enrollment;
import cedarpos.terminal.sync.SyncWorker;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A running terminal without any UI: the store with its identity, the sync
 * worker and the printer workers. Several can live in one JVM (system tests); {@link #close()} releases
 * the socket, threads and database file.
 */
public final class TerminalCore implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TerminalCore.class.getName());

    /** Neither enrolled nor given a code: the person starting the terminal must supply one. */
    public static final class NotEnrolledException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NotEnrolledException(String message) {
            super(message);
        }
    }

    private final TerminalConfig config;
    private final TerminalStore store;
    private final SyncWorker sync;
    private final PrintService printing;
    private final TerminalId terminalId;

    private TerminalCore(TerminalConfig config, TerminalStore store, SyncWorker sync, PrintService printing) {
        this.config = config;
        this.store = store;
        this.sync = sync;
        this.printing = printing;
        this.terminalId = store.terminalId();
    }

    public static TerminalCore start(TerminalConfig config) {
        return start(config, SyncWorker.Options.defaults());
    }

    /**
     * Opens the store, enrolls with {@code config.enrollmentCode()} when one is given (a
     * terminal that is already enrolled re-enrolls under its own id and keeps its outbox),
     * and starts syncing.
     *
     * @throws NotEnrolledException when not enrolled and no code was given; nothing is written
     * @throws EnrollmentClient.EnrollmentException when the server refused the code or could
     *                                              not be reached; nothing is stored
     */
    public static TerminalCore start(TerminalConfig config, SyncWorker.Options options) {
        return start(config, options, Clock.systemUTC());
    }

    /**
     * As {@link #start(TerminalConfig, SyncWorker.Options)}, on {@code clock}: the one clock both the
     * store's stamps and the sync worker's clock-offset measurement read, so a terminal whose clock
     * runs fast still stamps server-clock time once it has connected.
     */
    public static TerminalCore start(TerminalConfig config, SyncWorker.Options options, Clock clock) {
        return start(config, options, PrintService.Options.defaults(), clock);
    }

    /** As {@link #start(TerminalConfig, SyncWorker.Options, Clock)}, with the printers' retry and poll timing. */
    public static TerminalCore start(TerminalConfig config, SyncWorker.Options options,
                                     PrintService.Options printOptions, Clock clock) {
        TerminalStore store = TerminalStore.open(config.dataDir(), clock);
        try {
            TerminalState st = ensureEnrolled(store, config);
            SyncWorker sync = new SyncWorker(store, config.serverUri(), options, clock);
            // a crash mid-print is recovered before any worker runs; every change that may owe a ticket wakes them
            PrintService printing = new PrintService(store.printJobs(),
                    new TicketPrinter(ZoneId.systemDefault())::render, printOptions, clock).start();
            store.addListener(event -> {
                if (event == StoreEvent.CATALOG || event == StoreEvent.REMOTE_CHANGES) {
                    printing.wake();
                } else if (event == StoreEvent.LOCAL_WRITE || event == StoreEvent.PRINTING) {
                    printing.nudge();
                }
            });
            TerminalCore core = new TerminalCore(config, store, sync, printing);
            sync.start();
            LOG.info(() -> "terminal started terminal=" + core.terminalId + " branch=" + st.branchId()
                    + " name=\"" + config.terminalName() + "\" data=" + config.dataDir());
            return core;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static TerminalState ensureEnrolled(TerminalStore store, TerminalConfig config) {
        Optional<TerminalState> existing = store.findState();
        if (existing.isPresent() && existing.get().hasDeviceToken() && config.enrollmentCode() == null) {
            if (!existing.get().name().equals(config.terminalName())) {
                store.rename(config.terminalName());
            }
            return store.state();
        }
        if (config.enrollmentCode() == null) {
            throw new NotEnrolledException("this terminal is not enrolled: start it once with --enroll CODE (or"
                    + " --enroll-file PATH), using a one-time code a manager created for its branch; data directory "
                    + config.dataDir());
        }
        // an enrolled terminal given a code re-enrolls (e.g. after its token was revoked) under the same
        // id, so its outbox, un-acked entries included, stays valid; a database from before enrollment
        // keeps its id for the same reason
        TerminalId id = existing.map(TerminalState::terminalId).orElseGet(TerminalId::random);
        Enrollment e = new EnrollmentClient().enroll(config.serverUri(), config.enrollmentCode(), id,
                config.terminalName());
        if (!e.terminalId().equals(id)) {
            throw new IllegalStateException("the server enrolled terminal " + e.terminalId() + " instead of " + id
                    + "; nothing was stored");
        }
        return store.enroll(id, e.branchId(), e.branchName(), config.terminalName(), e.token());
    }

    public TerminalStore store() {
        return store;
    }

    public SyncWorker sync() {
        return sync;
    }

    /** The printers at work: their health for the screens, fed from the store's print queue. */
    public PrintService printing() {
        return printing;
    }

    public TerminalId terminalId() {
        return terminalId;
    }

    public TerminalConfig config() {
        return config;
    }

    @Override
    public void close() {
        printing.close();
        sync.close();
        store.close();
        LOG.info(() -> "terminal stopped terminal=" + terminalId);
    }
}
