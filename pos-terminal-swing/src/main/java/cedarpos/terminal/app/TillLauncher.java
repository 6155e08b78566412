package cedarpos.terminal.app;

import cedarpos.terminal.support.Threads;
import cedarpos.terminal.sync.SyncStatus;
import cedarpos.terminal.ui.CedarPosLaf;
import cedarpos.terminal.ui.MainWindow;
import cedarpos.terminal.ui.setup.SetupWindow;
import java.awt.EventQueue;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Opens a till with its window: an enrolled till (or one given --enroll) starts at once on its main window; one
 * that is not enrolled opens on the setup screen, which enrolls it and then opens the main window in the language
 * chosen there. Nothing is stored before an enrollment succeeded.
 */
public final class TillLauncher {
    private static final Logger LOG = Logger.getLogger(TillLauncher.class.getName());

    private TillLauncher() {
    }

    /**
     * Call off the EDT (an enrolled till's store opens on the calling thread).
     *
     * @param hostName the name offered on the setup screen when --name was not given
     * @param closed   runs on the EDT when the till's last window closed (the setup window without enrolling,
     *                 or the main window)
     * @return the running till: at once when it was enrolled, else once the setup screen enrolled it
     * @throws TerminalCore.NotEnrolledException never for a window; EnrollmentClient.EnrollmentException and
     *                                           runtime failures of a start with --enroll, nothing stored
     */
    public static CompletableFuture<TerminalCore> launch(CommandLine.Options options, String hostName,
                                                         Runnable closed) {
        TerminalConfig config = options.config();
        if (config.enrollmentCode() != null || TerminalCore.isEnrolled(config.dataDir())) {
            TerminalCore core = TerminalCore.start(config);
            EventQueue.invokeLater(() -> {
                CedarPosLaf.setup();
                openMain(core, options.locale(), closed);
            });
            return CompletableFuture.completedFuture(core);
        }
        LOG.info(() -> "not enrolled: opening the setup screen data=" + config.dataDir());
        CompletableFuture<TerminalCore> started = new CompletableFuture<>();
        EventQueue.invokeLater(() -> {
            CedarPosLaf.setup();
            Threads threads = Threads.swing();
            SetupWindow<TerminalCore> setup = SetupWindow.open(
                    (server, code, name) -> TerminalCore.start(new TerminalConfig(config.dataDir(), server, name,
                            code)),
                    threads, options.locale(), config.serverUri() == null ? "" : config.serverUri().toString(),
                    config.terminalName() != null ? config.terminalName() : hostName,
                    (core, locale) -> {
                        openMain(core, locale, closed);
                        started.complete(core);
                    });
            setup.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    if (!started.isDone()) {
                        closed.run();
                    }
                }
            });
        });
        return started;
    }

    private static void openMain(TerminalCore core, Locale locale, Runnable closed) {
        MainWindow w = MainWindow.open(core.store(), core.sync(), core.printing(), locale, Threads.swing());
        w.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                closed.run();
            }
        });
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
