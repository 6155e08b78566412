package cedarpos.terminal.store;

import java.util.List;
import java.util.Collections;
import java.util.ArrayList;
import cedarpos.terminal.printing.Ticket;
import cedarpos.terminal.printing.PrintJob;
import cedarpos.domain.TerminalId;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/** Raw SQL against a store's file, to check what really is on disk; and enrolled stores for tests. */
public final class StoreFixture {
    /** 43 characters like a real token (32 random bytes, base64url). */
    public static final String TOKEN = "dGVzdC1kZXZpY2UtdG9rZW4tb2YtMzItYnl0ZXMtISE";

    /** The outbox columns a raw insert fills; named, so the insert outlives later columns. */
    public static final String OUTBOX_COLUMNS = "(entry_id, terminal_id, seq, entity, record_id, operation, payload, event_time_ms, created_at_ms, synced_at_ms)";

    private StoreFixture() {
    }

    /** Gives a fresh store the identity an enrollment into the Hamra Street branch would. */
    public static TerminalState enroll(TerminalStore store) {
        return store.enroll(TerminalId.random(), LebaneseCatalog.BRANCH, "Hamra Street", "Counter 1", TOKEN);
    }

    /**
     * Opens the store at {@code dir} under {@code clock}, enrolled and with the Lebanese catalog applied, its kitchen
     * printing to {@link LebaneseCatalog#KITCHEN} (where no printer answers: nothing here prints).
     */
    public static TerminalStore openWithCatalog(Path dir, Clock clock) {
        TerminalStore store = TerminalStore.open(dir, clock);
        enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.catalog().withPrinting(LebaneseCatalog.KITCHEN));
        return store;
    }

    /** The store's print jobs of one kind, oldest first. */
    public static List<PrintJob> printJobs(TerminalStore store, Ticket.Kind kind) {
        List<PrintJob> jobs = new ArrayList<>(store.printJobs().recent().stream().filter(j -> j.kind() == kind)
                .toList());
        Collections.reverse(jobs);
        return jobs;
    }

    public static long count(TerminalStore store, String sql) {
        return count(store.file(), sql);
    }

    public static long count(Path file, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(TerminalStore store, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
