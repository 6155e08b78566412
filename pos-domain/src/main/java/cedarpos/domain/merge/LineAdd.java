package cedarpos.domain.merge;

import cedarpos.domain.OrderLine;

/**
 * The birth of an order line: what was ordered, at what price, with its first
 * note. Immutable once written; later changes are {@link LineEdit}s.
 */
public record LineAdd(OrderLine line, String note, Stamp stamp) {
    public static final int MAX_NOTE = 200;

    public LineAdd {
        if (line == null || stamp == null) {
            throw new IllegalArgumentException("a line add needs its line and stamp");
        }
        note = Texts.optional(blankToNull(note), "line note", MAX_NOTE);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
