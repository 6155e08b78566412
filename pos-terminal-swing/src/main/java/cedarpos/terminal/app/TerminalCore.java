package cedarpos.terminal.app;

import cedarpos.domain.TerminalId;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.sync.SyncWorker;
import java.util.logging.Logger;

/**
 * A running terminal without any UI: the store with its identity and the sync
 * worker. Several can live in one JVM (system tests); {@link #close()} releases
 * the socket, threads and database file.
 */
public final class TerminalCore implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TerminalCore.class.getName());

    private final TerminalConfig config;
    private final TerminalStore store;
    private final SyncWorker sync;
    private final TerminalId terminalId;

    private TerminalCore(TerminalConfig config, TerminalStore store, SyncWorker sync) {
        this.config = config;
        this.store = store;
        this.sync = sync;
        this.terminalId = store.terminalId();
    }

    public static TerminalCore start(TerminalConfig config) {
        return start(config, SyncWorker.Options.defaults());
    }

    public static TerminalCore start(TerminalConfig config, SyncWorker.Options options) {
        TerminalStore store = TerminalStore.open(config.dataDir());
        try {
            store.initIdentity(config.branchId(), config.terminalName());
            SyncWorker sync = new SyncWorker(store, config.serverUri(), options);
            TerminalCore core = new TerminalCore(config, store, sync);
            sync.start();
            LOG.info(() -> "terminal started terminal=" + core.terminalId + " branch=" + config.branchId()
                    + " name=\"" + config.terminalName() + "\" data=" + config.dataDir());
            return core;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public TerminalStore store() {
        return store;
    }

    public SyncWorker sync() {
        return sync;
    }

    public TerminalId terminalId() {
        return terminalId;
    }

    public TerminalConfig config() {
        return config;
    }

    @Override
    public void close() {
        sync.close();
        store.close();
        LOG.info(() -> "terminal stopped terminal=" + terminalId);
    }
}
