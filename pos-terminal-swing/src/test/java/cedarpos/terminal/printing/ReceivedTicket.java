package cedarpos.terminal.printing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * What a fake printer made of the bytes of one job, in order: lines of text with their styles, raster images, blank
 * feeds. A job ends at its cut; a connection that ends before the cut leaves a ticket with {@code cut == false}.
 *
 * @param paperDots the printer's printable width in dots, for drawing the ticket as paper
 * @param bytes     how many bytes the job took (status queries excluded)
 */
public record ReceivedTicket(int paperDots, List<Element> elements, boolean cut, long bytes) {
    /** Line pitch in dots of a normal-size text line (the ESC/POS default of 1/6 inch is about 30 dots). */
    static final int LINE_DOTS = 30;
    static final int FONT_A_WIDTH = 12;

    public ReceivedTicket {
        elements = List.copyOf(elements);
    }

    /** One thing on the paper. */
    public sealed interface Element permits TextLine, RasterImage, Feed {
    }

    public enum Align { LEFT, CENTER, RIGHT }

    /**
     * A line printed in text mode, with the styles that were on when its first character arrived.
     *
     * @param width  character width multiplier (GS !), 1 to 8
     * @param height character height multiplier, 1 to 8
     */
    public record TextLine(String text, boolean bold, int width, int height, Align align, boolean reverse)
            implements Element {
    }

    /** Blank paper fed by ESC d n. */
    public record Feed(int lines) implements Element {
    }

    /**
     * Consecutive GS v 0 bands of one width, joined into one picture.
     *
     * @param rows one bit per dot, most significant bit leftmost, 1 = black, {@code width / 8} bytes per row
     */
    public record RasterImage(int width, int height, byte[] rows) implements Element {
        public boolean black(int x, int y) {
            return (rows[y * (width / 8) + x / 8] & (0x80 >> (x % 8))) != 0;
        }

        public BufferedImage toImage() {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    image.setRGB(x, y, black(x, y) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            return image;
        }

        /** How many dots of column range [from, to) are black, over all rows. */
        public int blackDots(int from, int to) {
            int n = 0;
            for (int y = 0; y < height; y++) {
                for (int x = from; x < to; x++) {
                    n += black(x, y) ? 1 : 0;
                }
            }
            return n;
        }
    }

    public List<TextLine> textLines() {
        return elements.stream().filter(TextLine.class::isInstance).map(TextLine.class::cast).toList();
    }

    /** The text-mode lines, one per line. */
    public String text() {
        return textLines().stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }

    public List<RasterImage> images() {
        return elements.stream().filter(RasterImage.class::isInstance).map(RasterImage.class::cast).toList();
    }

    /** The ticket as it would come out of the printer: text drawn with a monospaced font, raster dots as they are. */
    public BufferedImage toImage() {
        int margin = 16;
        int height = 0;
        for (Element e : elements) {
            height += heightOf(e);
        }
        height += cut ? LINE_DOTS : 0;
        BufferedImage image = new BufferedImage(paperDots + 2 * margin, height + 2 * margin,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xD8D8D8));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.WHITE);
            g.fillRect(margin, margin, paperDots, height);
            int y = margin;
            for (Element e : elements) {
                if (e instanceof TextLine line) {
                    drawText(g, line, margin, y);
                } else if (e instanceof RasterImage raster) {
                    g.drawImage(raster.toImage(), margin, y, null);
                }
                y += heightOf(e);
            }
            if (cut) {
                g.setColor(Color.GRAY);
                for (int x = margin; x < margin + paperDots; x += 12) {
                    g.drawLine(x, y + LINE_DOTS / 2, x + 6, y + LINE_DOTS / 2);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes {@link #toImage()} as a PNG, creating the folder. */
    public Path writePng(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(toImage(), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static int heightOf(Element e) {
        if (e instanceof TextLine line) {
            return LINE_DOTS + 24 * (line.height() - 1);
        }
        if (e instanceof RasterImage raster) {
            return raster.height();
        }
        return ((Feed) e).lines() * LINE_DOTS;
    }

    private void drawText(Graphics2D g, TextLine line, int left, int top) {
        Font font = new Font(Font.MONOSPACED, line.bold() ? Font.BOLD : Font.PLAIN, 20)
                .deriveFont(java.awt.geom.AffineTransform.getScaleInstance(line.width(), line.height()));
        g.setFont(font);
        int cell = FONT_A_WIDTH * line.width();
        int textWidth = Math.min(paperDots, line.text().length() * cell);
        int x = switch (line.align()) {
            case LEFT -> left;
            case CENTER -> left + (paperDots - textWidth) / 2;
            case RIGHT -> left + paperDots - textWidth;
        };
        int lineHeight = heightOf(line);
        if (line.reverse()) {
            g.setColor(Color.BLACK);
            g.fillRect(x, top, textWidth, lineHeight);
            g.setColor(Color.WHITE);
        } else {
            g.setColor(Color.BLACK);
        }
        // one character per font A cell, as the printer places them
        List<String> chars = new ArrayList<>();
        line.text().codePoints().forEach(c -> chars.add(new String(Character.toChars(c))));
        for (int i = 0; i < chars.size(); i++) {
            g.drawString(chars.get(i), x + i * cell, top + 20 * line.height());
        }
    }
}
