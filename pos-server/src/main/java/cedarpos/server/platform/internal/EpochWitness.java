package cedarpos.server.platform.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What this server last saw of its database, kept in a file beside it (not in
 * it): the epoch, every branch's change head and the sum of the terminals'
 * applied sequences. A database restored from an older copy keeps its epoch
 * but is behind its own witness; that is how a restore is detected at startup
 * when the operator did not declare it.
 */
record EpochWitness(String epoch, Map<String, Long> branchHeads, long appliedSum) {
    static final String FILE = "epoch-witness.properties";

    EpochWitness {
        branchHeads = Map.copyOf(branchHeads);
    }

    /** The database's current state under the given epoch (committed data only). */
    static EpochWitness read(Connection c, String epoch) throws SQLException {
        Map<String, Long> heads = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, change_head FROM branch");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                heads.put(rs.getString(1), rs.getLong(2));
            }
        }
        // the terminal table is small; applied_entry grows forever and is not counted every few seconds
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(last_applied_seq), 0) FROM terminal");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new EpochWitness(epoch, heads, rs.getLong(1));
        }
    }

    /**
     * True when {@code this} (the database) has lost something the witness saw:
     * same epoch, but a branch head or the applied sum went down.
     */
    boolean isBehind(EpochWitness witness) {
        if (!epoch.equals(witness.epoch)) {
            return false;
        }
        if (appliedSum < witness.appliedSum) {
            return true;
        }
        return witness.branchHeads.entrySet().stream()
                .anyMatch(e -> branchHeads.getOrDefault(e.getKey(), 0L) < e.getValue());
    }

    String describe() {
        long heads = branchHeads.values().stream().mapToLong(Long::longValue).sum();
        return "epoch=" + epoch + " branches=" + branchHeads.size() + " changeHeads=" + heads
                + " appliedSum=" + appliedSum;
    }

    static Optional<EpochWitness> load(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String epoch = p.getProperty("epoch");
        if (epoch == null) {
            return Optional.empty();
        }
        Map<String, Long> heads = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("branch.")) {
                heads.put(key.substring("branch.".length()), Long.parseLong(p.getProperty(key)));
            }
        }
        return Optional.of(new EpochWitness(epoch, heads, Long.parseLong(p.getProperty("appliedSum", "0"))));
    }

    void save(Path dir) {
        Properties p = new Properties();
        p.setProperty("epoch", epoch);
        p.setProperty("appliedSum", Long.toString(appliedSum));
        branchHeads.forEach((id, head) -> p.setProperty("branch." + id, Long.toString(head)));
        StringWriter text = new StringWriter();
        try {
            p.store(text, "Cedar POS: what the server last saw of its database; do not copy with a backup");
            Files.createDirectories(dir);
            Path tmp = dir.resolve(FILE + ".tmp");
            Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
        }
    }
}
