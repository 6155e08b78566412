package cedarpos.terminal.printing;

import cedarpos.terminal.app.TerminalConfig;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.sync.SyncWorker;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A terminal process for {@link PrintCrashIT}: the real terminal core (store, sync worker, printers) on an enrolled
 * data directory whose server cannot be reached, printing until it is killed.
 */
public final class PrintingTerminal {
    private PrintingTerminal() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        TerminalCore.start(new TerminalConfig(Path.of(args[0]), URI.create("ws://127.0.0.1:" + closedPort + "/sync"),
                "Counter 1", null), SyncWorker.Options.defaults(), options(), Clock.systemUTC());
        System.out.println("printing");
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** Quick retries, and time enough for a slow printer to read a whole picture ticket. */
    static PrintService.Options options() {
        PrinterConnection.Timeouts t = new PrinterConnection.Timeouts(Duration.ofMillis(500), Duration.ofSeconds(2),
                Duration.ofSeconds(120));
        return new PrintService.Options(Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofMillis(100),
                p -> new PrinterConnection(p, t));
    }
}
