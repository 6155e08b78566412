package cedarpos.terminal.app;

import cedarpos.terminal.store.StaffPreferences;
import cedarpos.terminal.store.TerminalState;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.sync.SyncStatus;
import cedarpos.terminal.ui.CedarPosLaf;
import cedarpos.terminal.ui.MainWindow;
import cedarpos.terminal.ui.reset.TillActions;
import cedarpos.terminal.ui.setup.SetupWindow;
import java.awt.EventQueue;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens a till with its window: an enrolled till (or one given --enroll) starts at once on its main window, in the
 * language given with --locale, else its own (chosen on its setup screen or by the last switch on it), else the
 * system's; one that is not enrolled opens on the setup screen, which enrolls it and then opens the main window in
 * the language chosen there, kept as the till's own. Nothing is stored before an enrollment succeeded. A manager's
 * reset (the data archived) or new enrollment (after a revoked token) closes the till and opens the setup screen
 * again, in the same process.
 */
public final class TillLauncher implements TillActions {
    private static final Logger LOG = Logger.getLogger(TillLauncher.class.getName());

    private final CommandLine.Options options;
    private final Runnable closed;
    private final Consumer<TerminalCore> running;
    private final Threads threads = Threads.swing();
    /** The till running now; read and written on the EDT once the first window is open. */
    private TerminalCore core;

    private TillLauncher(CommandLine.Options options, Runnable closed, Consumer<TerminalCore> running) {
        this.options = options;
        this.closed = closed;
        this.running = running;
    }

    /** {@link #launch(CommandLine.Options, String, Runnable, Consumer)} for a caller that needs only the first. */
    public static CompletableFuture<TerminalCore> launch(CommandLine.Options options, String hostName,
                                                         Runnable closed) {
        return launch(options, hostName, closed, started -> { });
    }

    /**
     * Call off the EDT (an enrolled till's store opens on the calling thread).
     *
     * @param hostName the name offered on the setup screen when --name was not given
     * @param closed   runs on the EDT when the till's last window closed (the setup window without enrolling,
     *                 or the main window)
     * @param running  each till started, the first and any after a reset or a new enrollment: the one to close at
     *                 the end (the one before it is closed already)
     * @return the first running till: at once when it was enrolled, else once the setup screen enrolled it
     * @throws TerminalCore.NotEnrolledException never for a window; EnrollmentClient.EnrollmentException and
     *                                           runtime failures of a start with --enroll, nothing stored
     */
    public static CompletableFuture<TerminalCore> launch(CommandLine.Options options, String hostName,
                                                         Runnable closed, Consumer<TerminalCore> running) {
        TillLauncher launcher = new TillLauncher(options, closed, running);
        TerminalConfig config = options.config();
        if (config.enrollmentCode() != null || TerminalCore.isEnrolled(config.dataDir())) {
            TerminalCore core = TerminalCore.start(config);
            Locale locale = options.locale() != null ? options.locale()
                    : core.store().preferences().tillLanguage().orElse(Locale.getDefault());
            running.accept(core);
            EventQueue.invokeLater(() -> {
                CedarPosLaf.setup();
                launcher.openMain(core, locale);
            });
            return CompletableFuture.completedFuture(core);
        }
        LOG.info(() -> "not enrolled: opening the setup screen data=" + config.dataDir());
        CompletableFuture<TerminalCore> started = new CompletableFuture<>();
        EventQueue.invokeLater(() -> {
            CedarPosLaf.setup();
            launcher.openSetup(config.serverUri() == null ? "" : config.serverUri().toString(),
                    config.terminalName() != null ? config.terminalName() : hostName,
                    options.locale() != null ? options.locale() : Locale.getDefault(), started);
        });
        return started;
    }

    @Override
    public void reset(Locale locale) {
        replace(true, locale);
    }

    @Override
    public void enrollAgain(Locale locale) {
        replace(false, locale);
    }

    /** The main window has given way: the till closes, its data archived or kept, and the setup screen opens. */
    private void replace(boolean archive, Locale locale) {
        assert EventQueue.isDispatchThread();
        TerminalCore old = core;
        threads.onIo(() -> {
            TerminalState st = old.store().state();
            old.close();
            if (archive) {
                TillArchive.archive(old.config().dataDir(), Instant.now());
            }
            return st;
        }).whenCompleteAsync((st, failure) -> {
            if (failure != null) {
                // nothing was archived: the same till opens again as it was
                LOG.log(Level.SEVERE, "the till could not be reset; opening it again", failure);
                threads.onIo(() -> TerminalCore.start(new TerminalConfig(old.config().dataDir(), null, null, null)))
                        .thenAcceptAsync(again -> {
                            running.accept(again);
                            openMain(again, locale);
                        }, threads.edt());
                return;
            }
            openSetup(st.serverUri() == null ? old.server().toString() : st.serverUri().toString(), st.name(),
                    locale, new CompletableFuture<>());
        }, threads.edt());
    }

    private void openSetup(String server, String name, Locale locale, CompletableFuture<TerminalCore> started) {
        java.nio.file.Path data = options.config().dataDir();
        // the setup window closes as soon as the till is enrolled, before the main window opens: not a close
        boolean[] enrolledHere = {false};
        SetupWindow<TerminalCore> setup = SetupWindow.open(
                (address, code, typedName) -> TerminalCore.start(new TerminalConfig(data, address, typedName, code)),
                threads, locale, server, name, (enrolled, chosen) -> {
                    enrolledHere[0] = true;
                    threads.onIo(() -> keepLanguage(enrolled, chosen)).whenCompleteAsync((v, e) -> {
                        if (e != null) {
                            LOG.log(Level.WARNING, "the setup screen's language was not kept", e);
                        }
                        running.accept(enrolled);
                        openMain(enrolled, chosen);
                        started.complete(enrolled);
                    }, threads.edt());
                });
        setup.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                if (!enrolledHere[0]) {
                    closed.run();
                }
            }
        });
    }

    /** The setup screen's language becomes the till's own (a system language it does not speak is not kept). */
    private static void keepLanguage(TerminalCore core, Locale locale) {
        if (StaffPreferences.speaks(locale)) {
            core.store().preferences().setTillLanguage(locale);
        } else {
            LOG.info(() -> "setup language not kept: the till speaks en and ar, not " + locale);
        }
    }

    private void openMain(TerminalCore started, Locale locale) {
        core = started;
        MainWindow w = MainWindow.open(started.store(), started.sync(), started.printing(), locale, threads);
        w.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                closed.run();
            }
        });
        w.offer(this);
        logWhenUsable(core);
    }

    /**
     * One line once the till can serve with the server: its window is showing (it is, once this runs) and the sync
     * worker is online with its catch-up done, so the catalog on screen is the branch's. bench/run startup waits
     * for it.
     */
    private static void logWhenUsable(TerminalCore core) {
        AtomicBoolean said = new AtomicBoolean();
        Consumer<SyncStatus> listener = new Consumer<>() {
            @Override
            public void accept(SyncStatus s) {
                if (s.online() && s.progress().isEmpty() && said.compareAndSet(false, true)) {
                    int dishes = core.store().cashier().menu().size();
                    LOG.info(() -> "till usable: window shown, online, catalog of " + dishes + " dishes terminal="
                            + core.terminalId());
                    core.sync().removeListener(this);
                }
            }
        };
        core.sync().addListener(listener);
    }
}
