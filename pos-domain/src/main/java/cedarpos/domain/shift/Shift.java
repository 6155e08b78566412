package cedarpos.domain.shift;

import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.Stamp;

/**
 * One cashier's shift on one terminal: the drawer opened with a counted float, and, once closed, the drawer counted
 * again. A terminal has at most one open shift.
 *
 * <p>The shift is bounded by the terminal's own outbox sequence: it opened with entry {@code openSeq} and closed with
 * entry {@link Closing#closeSeq()}. A sale belongs to the shift when the terminal's settlement of it was written in
 * between ({@link #covers}). Sequence numbers are gapless and only grow on a terminal, so the rule holds whatever the
 * clocks did (a clock offset measured at a reconnection can move server-clock times backwards).
 *
 * @param openedAtMs server-clock time of the opening (the stamp of its outbox entry)
 * @param closing    null while the shift is open
 */
public record Shift(ShiftId id, TerminalId terminal, String openedBy, long openedAtMs, long openSeq,
                    Cash openingFloat, Closing closing) {
    public static final int MAX_NAME = 120;

    public Shift {
        if (id == null || terminal == null) {
            throw new IllegalArgumentException("a shift needs its id and terminal");
        }
        openedBy = ShiftTexts.required(openedBy, "who opened the shift", MAX_NAME);
        if (openedAtMs < 0 || openSeq < 1) {
            throw new IllegalArgumentException("a shift opens at a time >= 0 with an outbox seq >= 1");
        }
        if (openingFloat == null || openingFloat.isNegative()) {
            throw new IllegalArgumentException("the opening float is counted per currency and cannot be negative");
        }
        if (closing != null && closing.closeSeq() <= openSeq) {
            throw new IllegalArgumentException("a shift closes after it opened (seq " + closing.closeSeq() + " <= "
                    + openSeq + ")");
        }
    }

    /** A new, open shift. */
    public static Shift open(ShiftId id, TerminalId terminal, String openedBy, long openedAtMs, long openSeq,
                             Cash openingFloat) {
        return new Shift(id, terminal, openedBy, openedAtMs, openSeq, openingFloat, null);
    }

    public boolean isOpen() {
        return closing == null;
    }

    /** This shift closed. @throws IllegalStateException when it is closed already */
    public Shift close(Closing c) {
        if (closing != null) {
            throw new IllegalStateException("shift " + id + " is closed already");
        }
        if (c == null) {
            throw new IllegalArgumentException("the closing is required");
        }
        return new Shift(id, terminal, openedBy, openedAtMs, openSeq, openingFloat, c);
    }

    /** Whether a change stamped {@code s} was made on this shift's terminal while the shift was open. */
    public boolean covers(Stamp s) {
        return s != null && s.origin().equals(terminal.value()) && s.seq() > openSeq
                && (closing == null || s.seq() < closing.closeSeq());
    }

    /**
     * How the shift ended: who closed it, when, with which outbox entry, and the cash counted in the drawer.
     *
     * @param closedAtMs server-clock time of the closing (the stamp of its outbox entry)
     */
    public record Closing(String closedBy, long closedAtMs, long closeSeq, Cash counted) {
        public Closing {
            closedBy = ShiftTexts.required(closedBy, "who closed the shift", MAX_NAME);
            if (closedAtMs < 0 || closeSeq < 1) {
                throw new IllegalArgumentException("a shift closes at a time >= 0 with an outbox seq >= 1");
            }
            if (counted == null || counted.isNegative()) {
                throw new IllegalArgumentException("the counted cash is per currency and cannot be negative");
            }
        }
    }
}
