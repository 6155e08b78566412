package cedarpos.domain.merge;

/**
 * A manager's decision on one open conflict.
 *
 * <ul>
 * <li>{@code KEEP}: keep one version ({@code version} names it by stamp); for a late change to a settled
 * order, keeping the late version accepts it and reopens the check so the difference is charged;</li>
 * <li>{@code KEEP_BOTH}: every version stands (competing line edits become separate lines; a voided line
 * stays voided and the edit lives on as a new line);</li>
 * <li>{@code REJECT}: for a late change to a settled order, put the order back as it was settled;</li>
 * <li>{@code CUSTOM}: the manager's own quantity, note and void state for the line.</li>
 * </ul>
 */
public record Resolution(Choice choice, Stamp version, Integer quantity, String note, Boolean voided) {
    public enum Choice {
        KEEP,
        KEEP_BOTH,
        REJECT,
        CUSTOM
    }

    public Resolution {
        if (choice == null) {
            throw new IllegalArgumentException("a resolution needs a choice: KEEP, KEEP_BOTH, REJECT or CUSTOM");
        }
        if (choice == Choice.KEEP && version == null) {
            throw new IllegalArgumentException("KEEP needs the version to keep");
        }
        if (choice == Choice.CUSTOM && quantity == null && note == null && voided == null) {
            throw new IllegalArgumentException("CUSTOM needs a quantity, a note or a void state");
        }
    }

    public static Resolution keep(Stamp version) {
        return new Resolution(Choice.KEEP, version, null, null, null);
    }

    public static Resolution keepBoth() {
        return new Resolution(Choice.KEEP_BOTH, null, null, null, null);
    }

    public static Resolution reject() {
        return new Resolution(Choice.REJECT, null, null, null, null);
    }

    public static Resolution custom(Integer quantity, String note, Boolean voided) {
        return new Resolution(Choice.CUSTOM, null, quantity, note, voided);
    }
}
