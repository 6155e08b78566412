package cedarpos.domain.merge;

import cedarpos.domain.LineModifier;
import cedarpos.domain.OrderLine;
import java.util.List;

/**
 * The birth of an order line: what was ordered, with which modifiers, at what price (the modifiers included), with
 * its first note, for which seat and in which course. Immutable once written; later changes are {@link LineEdit}s.
 *
 * @param seat   the guest's seat number (1 to {@value #MAX_SEAT}), or null for the table
 * @param course the course (1 to {@value #MAX_COURSE}); null or 1 is made as soon as it is sent, a later course is
 *               held in the kitchen until it is fired
 */
public record LineAdd(OrderLine line, List<LineModifier> modifiers, String note, Stamp stamp, Integer seat,
                      Integer course) {
    public static final int MAX_NOTE = 200;
    public static final int MAX_SEAT = 99;
    public static final int MAX_COURSE = 9;

    public LineAdd {
        if (line == null || stamp == null || modifiers == null) {
            throw new IllegalArgumentException("a line add needs its line, modifiers (maybe none) and stamp");
        }
        modifiers = List.copyOf(modifiers);
        if (modifiers.size() > LineModifier.MAX_PER_LINE) {
            throw new IllegalArgumentException("a line has at most " + LineModifier.MAX_PER_LINE + " modifiers");
        }
        long extras = 0;
        for (LineModifier m : modifiers) {
            extras = Math.addExact(extras, m.priceMinor());
        }
        if (extras > line.unitPrice().minor()) {
            throw new IllegalArgumentException("the line's unit price must include its modifiers");
        }
        note = Texts.optional(blankToNull(note), "line note", MAX_NOTE);
        if (seat != null && (seat < 1 || seat > MAX_SEAT)) {
            throw new IllegalArgumentException("seat must be 1 to " + MAX_SEAT + ", got " + seat);
        }
        if (course != null && (course < 1 || course > MAX_COURSE)) {
            throw new IllegalArgumentException("course must be 1 to " + MAX_COURSE + ", got " + course);
        }
    }

    /** A line for the whole table, made as soon as it is sent. */
    public LineAdd(OrderLine line, List<LineModifier> modifiers, String note, Stamp stamp) {
        this(line, modifiers, note, stamp, null, null);
    }

    /** A line without modifiers. */
    public LineAdd(OrderLine line, String note, Stamp stamp) {
        this(line, List.of(), note, stamp, null, null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
