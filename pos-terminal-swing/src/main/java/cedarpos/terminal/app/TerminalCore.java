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
import java.net.URI;
import java.nio.file.Path;
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
    private final URI server;

    private TerminalCore(TerminalConfig config, TerminalStore store, SyncWorker sync, PrintService printing,
                         URI server) {
        this.server = server;
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
        TerminalStore store = openEnrolled(config, clock);
        try {
            TerminalState st = store.state();
            URI server = server(store, st, config);
            SyncWorker sync = new SyncWorker(store, server, options, clock);
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
            TerminalCore core = new TerminalCore(config, store, sync, printing, server);
            sync.start();
            LOG.info(() -> "terminal started terminal=" + core.terminalId + " branch=" + st.branchId()
                    + " name=\"" + st.name() + "\" server=" + server + " data=" + config.dataDir());
            return core;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** True when the terminal of {@code dataDir} holds a device token: it starts with no code. Reads only. */
    public static boolean isEnrolled(Path dataDir) {
        if (TerminalStore.isEmpty(dataDir)) {
            return false;
        }
        try (TerminalStore store = TerminalStore.open(dataDir)) {
            return store.findState().map(TerminalState::hasDeviceToken).orElse(false);
        }
    }

    /** The address given now replaces the kept one; with none given, the kept one (or the fallback). */
    private static URI server(TerminalStore store, TerminalState st, TerminalConfig config) {
        if (config.serverUri() == null) {
            return st.serverUri() != null ? st.serverUri() : TerminalConfig.FALLBACK_SERVER;
        }
        if (!config.serverUri().equals(st.serverUri())) {
            store.rememberServer(config.serverUri());
        }
        return config.serverUri();
    }

    /**
     * The store with an identity. The database is opened (created and migrated) before a code is used, so that a
     * data directory that cannot hold it fails before the one-time code is spent; the identity is written only once
     * the server accepted the code, so a refused or unreachable enrollment leaves a till that is still not enrolled.
     */
    private static TerminalStore openEnrolled(TerminalConfig config, Clock clock) {
        TerminalStore store = TerminalStore.open(config.dataDir(), clock);
        try {
            ensureEnrolled(store, config);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static NotEnrolledException notEnrolled(TerminalConfig config) {
        return new NotEnrolledException("this terminal is not enrolled: start it once with --enroll CODE (or"
                + " --enroll-file PATH), using a one-time code a manager created for its branch, or without"
                + " --headless to enroll on its setup screen; data directory " + config.dataDir());
    }

    private static URI serverOf(TerminalConfig config) {
        return config.serverUri() != null ? config.serverUri() : TerminalConfig.FALLBACK_SERVER;
    }

    private static Enrollment enroll(TerminalConfig config, TerminalId id) {
        if (config.terminalName() == null) {
            throw new IllegalArgumentException("a terminal name is needed to enroll");
        }
        Enrollment e = new EnrollmentClient().enroll(serverOf(config), config.enrollmentCode(), id,
                config.terminalName());
        if (!e.terminalId().equals(id)) {
            throw new IllegalStateException("the server enrolled terminal " + e.terminalId() + " instead of " + id
                    + "; nothing was stored");
        }
        return e;
    }

    private static void ensureEnrolled(TerminalStore store, TerminalConfig config) {
        Optional<TerminalState> existing = store.findState();
        if (existing.isPresent() && existing.get().hasDeviceToken() && config.enrollmentCode() == null) {
            if (config.terminalName() != null && !existing.get().name().equals(config.terminalName())) {
                store.rename(config.terminalName());
            }
            return;
        }
        if (config.enrollmentCode() == null) {
            throw notEnrolled(config);
        }
        // an enrolled terminal given a code re-enrolls (e.g. after its token was revoked) under the same
        // id, so its outbox, un-acked entries included, stays valid; a database from before enrollment
        // keeps its id for the same reason
        TerminalId id = existing.map(TerminalState::terminalId).orElseGet(TerminalId::random);
        TerminalConfig named = config.terminalName() != null || existing.isEmpty() ? config
                : new TerminalConfig(config.dataDir(), config.serverUri(), existing.get().name(),
                        config.enrollmentCode());
        Enrollment e = enroll(named, id);
        store.enroll(id, e.branchId(), e.branchName(), named.terminalName(), e.token(), serverOf(config));
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

    /** The server it syncs with: the one given, else the one it kept. */
    public URI server() {
        return server;
    }

    @Override
    public void close() {
        printing.close();
        sync.close();
        store.close();
        LOG.info(() -> "terminal stopped terminal=" + terminalId);
    }
}
