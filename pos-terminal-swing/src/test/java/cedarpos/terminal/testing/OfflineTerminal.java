package cedarpos.terminal.testing;

import cedarpos.protocol.v1.Catalog;
import cedarpos.terminal.app.TerminalConfig;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

/**
 * A real terminal (store, sync worker and all) whose server is unreachable: its URI names a port nothing listens
 * on. Enrolled and given {@code catalog} beforehand, as a first connection would have.
 */
public final class OfflineTerminal {
    private OfflineTerminal() {
    }

    public static TerminalCore start(Path dir, Catalog catalog) {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // enrolled earlier (enrollment itself needs the server: system-tests and MainJarIT cover it)
        try (TerminalStore store = TerminalStore.open(dir)) {
            StoreFixture.enroll(store);
            store.syncLog().applyCatalog(catalog);
        }
        return TerminalCore.start(new TerminalConfig(dir, URI.create("ws://127.0.0.1:" + closedPort + "/sync"),
                "Counter 1", null));
    }
}
