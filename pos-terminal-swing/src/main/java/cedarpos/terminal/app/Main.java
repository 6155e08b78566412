package cedarpos.terminal.app;

import cedarpos.terminal.support.Logging;
import cedarpos.terminal.sync.EnrollmentClient;
import java.awt.GraphicsEnvironment;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * Starts a terminal: with its window (on the setup screen when it is not enrolled yet, see {@link TillLauncher}), or
 * headless (store and sync only) for servers and process tests.
 */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());
    static final int EXIT_USAGE = 2;
    static final int EXIT_FAILED = 1;

    private Main() {
    }

    public static void main(String[] args) {
        if (CommandLine.wantsHelp(args)) {
            System.out.println(CommandLine.USAGE);
            return;
        }
        CommandLine.Options options;
        try {
            options = CommandLine.parse(args, hostName(), Path.of(System.getProperty("user.home")));
        } catch (CommandLine.UsageException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        Logging.install();
        if (!options.headless() && GraphicsEnvironment.isHeadless()) {
            System.err.println("error: no display available; use --headless to run without a window");
            System.exit(EXIT_USAGE);
            return;
        }
        if (!options.headless()) {
            startWithWindow(options);
            return;
        }
        TerminalCore core;
        try {
            core = TerminalCore.start(options.config());
        } catch (TerminalCore.NotEnrolledException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(EXIT_USAGE);
            return;
        } catch (EnrollmentClient.EnrollmentException e) {
            exitFailed(e);
            return;
        } catch (RuntimeException e) {
            System.err.println("error: the terminal could not start: " + e.getMessage());
            System.exit(EXIT_FAILED);
            return;
        }
        closeOnShutdown(() -> core);
        if (options.drive() != null) {
            CommandLine.Drive d = options.drive();
            OrderDriver.start(core.store(), d.perSecond(), d.seed(), d.savedLog());
        }
        LOG.info("running headless; stop with Ctrl+C or SIGTERM");
        awaitForever();
    }

    /** The main window, or the setup screen first when the till is not enrolled; closing the window stops it. */
    private static void startWithWindow(CommandLine.Options options) {
        try {
            // after a reset or a new enrollment another till runs in this process: the one running at the end closes
            java.util.concurrent.atomic.AtomicReference<TerminalCore> running = new java.util.concurrent.atomic
                    .AtomicReference<>();
            closeOnShutdown(running::get);
            TillLauncher.launch(options, hostName(), () -> System.exit(0), running::set);
        } catch (EnrollmentClient.EnrollmentException e) {
            exitFailed(e);
        } catch (RuntimeException e) {
            System.err.println("error: the terminal could not start: " + e.getMessage());
            System.exit(EXIT_FAILED);
        }
    }

    private static void exitFailed(EnrollmentClient.EnrollmentException e) {
        System.err.println(e.refusedByServer() ? "error: the server refused the enrollment code: " + e.getMessage()
                + " (" + e.code() + ")" : "error: " + e.getMessage());
        System.exit(EXIT_FAILED);
    }

    private static void closeOnShutdown(java.util.function.Supplier<TerminalCore> running) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            TerminalCore core = running.get();
            if (core == null) {
                return;
            }
            core.close();
            // JUL resets its handlers in its own shutdown hook, so this last line bypasses it
            System.err.print(new Logging.OneLine().format(new java.util.logging.LogRecord(
                    java.util.logging.Level.INFO, "terminal stopped cleanly terminal=" + core.terminalId())));
        }, "cedarpos-shutdown"));
    }

    private static void awaitForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "Terminal";
        }
    }
}
