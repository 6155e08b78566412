package cedarpos.terminal.app;

import cedarpos.terminal.store.TerminalStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * A reset till's data file moved aside, never deleted: {@code terminal-reset-<UTC time>.db} next to it, so that the
 * next start finds no till there and opens the setup screen. Refused while the outbox holds entries the server has
 * not acknowledged: a reset never loses a sale.
 */
public final class TillArchive {
    private static final Logger LOG = Logger.getLogger(TillArchive.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private TillArchive() {
    }

    /**
     * Call with the till closed.
     *
     * @return the archived file
     * @throws IllegalStateException when entries still wait for the server (the file stays where it is)
     * @throws UncheckedIOException  when the file cannot be moved
     */
    public static Path archive(Path dataDir, Instant now) {
        Path db = TerminalStore.fileIn(dataDir);
        // opened and closed: the count is the outbox's as written, and the close folds the WAL back into the file
        try (TerminalStore store = TerminalStore.open(dataDir)) {
            long unsent = store.pendingCount();
            if (unsent > 0) {
                throw new IllegalStateException(unsent + " entries have not reached the server; nothing was"
                        + " archived: " + db);
            }
        }
        Path archived = db.resolveSibling("terminal-reset-" + STAMP.format(now) + ".db");
        try {
            Files.move(db, archived, StandardCopyOption.ATOMIC_MOVE);
            for (String side : new String[] {"-wal", "-shm"}) {
                Path file = db.resolveSibling(db.getFileName() + side);
                if (Files.exists(file)) {
                    Files.move(file, archived.resolveSibling(archived.getFileName() + side),
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the till's data could not be archived: " + db, e);
        }
        LOG.info(() -> "till reset: data archived file=" + archived);
        return archived;
    }
}
