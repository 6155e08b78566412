package cedarpos.domain.merge;

/**
 * Why and by whom a line was voided. A void is a tombstone: the line stays in the
 * order, marked, so the kitchen, the Z report and a manager can still see it.
 * When and on which terminal come from the void's {@link Stamp}.
 */
public record VoidMark(String reason, String by) {
    public static final int MAX_TEXT = 200;

    public VoidMark {
        reason = Texts.required(reason, "void reason", MAX_TEXT);
        by = Texts.required(by, "who voided", MAX_TEXT);
    }
}
