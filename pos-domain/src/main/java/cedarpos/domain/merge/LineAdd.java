package cedarpos.domain.merge;

import cedarpos.domain.LineModifier;
import cedarpos.domain.OrderLine;
import java.util.List;

/**
 * The birth of an order line: what was ordered, with which modifiers, at what price (the modifiers included), with
 * its first note. Immutable once written; later changes are {@link LineEdit}s.
 */
public record LineAdd(OrderLine line, List<LineModifier> modifiers, String note, Stamp stamp) {
    public static final int MAX_NOTE = 200;

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
    }

    /** A line without modifiers. */
    public LineAdd(OrderLine line, String note, Stamp stamp) {
        this(line, List.of(), note, stamp);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
