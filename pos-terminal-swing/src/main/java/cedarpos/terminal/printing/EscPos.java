package cedarpos.terminal.printing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

/** The ESC/POS commands Cedar POS sends, as bytes (Epson ESC/POS command reference). */
final class EscPos {
    static final int ESC = 0x1B;
    static final int GS = 0x1D;
    static final int LF = 0x0A;
    /**
     * Rows per GS v 0 band. The command allows up to 4095 rows (fewer on some models) but a printer must hold a whole
     * band before printing it; bands that fit one height byte keep small printer buffers from overflowing.
     */
    static final int BAND_ROWS = 255;
    /** Lines fed after the last row, so that the cut falls below it (the head sits above the cutter). */
    static final int FEED_BEFORE_CUT = 4;

    private EscPos() {
    }

    /** ESC @: clears the printer's modes left by an earlier job. */
    static void initialize(ByteArrayOutputStream out) {
        out.write(ESC);
        out.write('@');
    }

    /** ESC d n then GS V 1: feed, then a partial cut (the ticket hangs by a tab and does not fall). */
    static void feedAndCut(ByteArrayOutputStream out) {
        out.writeBytes(new byte[] {ESC, 'd', FEED_BEFORE_CUT, GS, 'V', 1});
    }

    /**
     * GS v 0 m xL xH yL yH d1...dk per band: one bit per dot, most significant bit leftmost, 1 prints black. A dot is
     * black where the image is darker than mid grey.
     */
    static void raster(BufferedImage image, ByteArrayOutputStream out) {
        int width = image.getWidth();
        if (width % 8 != 0) {
            throw new IllegalArgumentException("a raster's width must be whole bytes, got " + width + " dots");
        }
        int bytesPerRow = width / 8;
        out.writeBytes(new byte[] {ESC, 'a', 0});
        int[] gray = new int[width];
        for (int top = 0; top < image.getHeight(); top += BAND_ROWS) {
            int rows = Math.min(BAND_ROWS, image.getHeight() - top);
            out.writeBytes(new byte[] {GS, 'v', '0', 0, (byte) bytesPerRow, (byte) (bytesPerRow >> 8), (byte) rows,
                    (byte) (rows >> 8)});
            for (int y = top; y < top + rows; y++) {
                image.getRaster().getSamples(0, y, width, 1, 0, gray);
                for (int b = 0; b < bytesPerRow; b++) {
                    int bits = 0;
                    for (int i = 0; i < 8; i++) {
                        bits = bits << 1 | (gray[b * 8 + i] < 128 ? 1 : 0);
                    }
                    out.write(bits);
                }
            }
        }
    }
}
