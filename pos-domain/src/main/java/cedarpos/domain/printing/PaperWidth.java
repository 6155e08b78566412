package cedarpos.domain.printing;

/**
 * Thermal paper widths the branch's printers take, with the printable width in dots (at 203 dpi) and the characters
 * per line of the printer's standard font (font A, 12 x 24 dots).
 */
public enum PaperWidth {
    MM58(384, 32),
    MM80(576, 48);

    private final int dots;
    private final int columns;

    PaperWidth(int dots, int columns) {
        this.dots = dots;
        this.columns = columns;
    }

    /** Printable width in dots; a raster line is this many pixels wide. */
    public int dots() {
        return dots;
    }

    /** Characters per line in text mode. */
    public int columns() {
        return columns;
    }
}
