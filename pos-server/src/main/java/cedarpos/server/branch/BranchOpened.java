package cedarpos.server.branch;

import cedarpos.domain.BranchId;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrator opened a branch, inside the current transaction; fired after its row, rate and VAT are written.
 * Observed synchronously by the floor, which lays out the tables the opening asked for and records how many with
 * {@link #tablesLaidOut(int)}. A refusal of an observer rolls the whole opening back.
 */
public final class BranchOpened {
    /** Where the new branch's tables come from. */
    public sealed interface Tables permits CopiedFrom, Numbered {
    }

    /** The tables and areas of another branch (labels, areas, seats; never their status). */
    public record CopiedFrom(BranchId source) implements Tables {
        public CopiedFrom {
            Objects.requireNonNull(source, "source");
        }
    }

    /** {@code count} tables labelled T1..T{count} in one area. */
    public record Numbered(int count, String area) implements Tables {
        public Numbered {
            if (count < 1) {
                throw new IllegalArgumentException("count " + count);
            }
            Objects.requireNonNull(area, "area");
        }
    }

    private final BranchId branch;
    private final String actor;
    private final Tables tables;
    private Integer laidOut;

    /** @param tables null when the branch opens without tables */
    public BranchOpened(BranchId branch, String actor, Tables tables) {
        this.branch = Objects.requireNonNull(branch, "branch");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.tables = tables;
    }

    public BranchId branch() {
        return branch;
    }

    /** The administrator, for the audit trail of what observers write. */
    public String actor() {
        return actor;
    }

    public Optional<Tables> tables() {
        return Optional.ofNullable(tables);
    }

    /** Called by the floor, once, with the number of tables it added. */
    public void tablesLaidOut(int count) {
        if (laidOut != null) {
            throw new IllegalStateException("branch " + branch + " tables already laid out");
        }
        laidOut = count;
    }

    /** How many tables were added; fails when tables were asked for and nobody laid them out. */
    public int tablesLaidOut() {
        if (laidOut == null) {
            if (tables != null) {
                throw new IllegalStateException("nobody laid out the tables of branch " + branch);
            }
            return 0;
        }
        return laidOut;
    }
}
