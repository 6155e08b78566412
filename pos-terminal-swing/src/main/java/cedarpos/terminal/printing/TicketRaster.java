package cedarpos.terminal.printing;

import cedarpos.domain.printing.PaperWidth;
import cedarpos.terminal.printing.TicketLayout.Align;
import cedarpos.terminal.printing.TicketLayout.Row;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws rows as a picture exactly as wide as the paper's printable dots, with Java2D text layout: Arabic letters are
 * shaped (joined) and runs set right-to-left by {@link TextLayout}; rows that start right-to-left are set from the
 * right edge. The printer then prints the picture dot for dot, so it needs no Arabic code page.
 */
final class TicketRaster {
    static final int MARGIN = 8;
    /** An indent step, the width of one character of the printer's font A. */
    static final int CHAR_DOTS = 12;
    static final int LEADING = 6;
    static final int RULE_HEIGHT = 18;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private TicketRaster() {
    }

    /** Text sizes in dots (px at 203 dpi): normal is the height of the printer's font A. */
    static float fontSize(TicketLayout.Size size) {
        return switch (size) {
            case NORMAL -> 24f;
            case TALL -> 34f;
            case LARGE -> 46f;
        };
    }

    /** A grey-scale picture of the rows, {@code paper.dots()} wide. */
    static BufferedImage draw(List<Row> rows, PaperWidth paper, long job) {
        String family = TicketFonts.familyFor(TicketLayout.allText(rows));
        List<Placed> placed = new ArrayList<>();
        int y = MARGIN;
        for (Row row : rows) {
            Placed p = row.rule() ? new Placed(row, List.of(), null, 0, new float[0], new float[0], y, RULE_HEIGHT)
                    : place(row, family, paper, y, job);
            placed.add(p);
            y += p.height();
        }
        BufferedImage image = new BufferedImage(paper.dots(), y + MARGIN, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            for (Placed p : placed) {
                draw(g, p, paper.dots());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * A row's wrapped lines and where it sits.
     *
     * @param rightLine the line the right-hand text is on (after the text's lines when it did not fit beside them)
     * @param ascents  per line, the tallest ascent of its text and right-hand text
     * @param descents per line, likewise; a line is its ascent, descent and {@link #LEADING} high
     */
    private record Placed(Row row, List<TextLayout> lines, TextLayout right, int rightLine, float[] ascents,
                          float[] descents, int top, int height) {
    }

    private static Placed place(Row row, String family, PaperWidth paper, int top, long job) {
        int style = row.bold() ? Font.BOLD : Font.PLAIN;
        String all = row.right() == null ? row.text() : row.text() + row.right();
        Font font = TicketFonts.forRow(family, style, fontSize(row.size()), all, job);
        TextLayout right = row.right() == null || row.right().isEmpty() ? null
                : new TextLayout(row.right(), font, FRC);
        float full = paper.dots() - 2 * MARGIN - row.indent() * CHAR_DOTS - (row.reverse() ? 2 * CHAR_DOTS : 0);
        float first = right == null ? full : full - right.getAdvance() - CHAR_DOTS;
        List<TextLayout> lines = new ArrayList<>();
        boolean beside = right == null || row.text().isBlank() || TicketLayout.rightBeside(
                new TextLayout(row.text(), font, FRC).getAdvance(), first, full, 8 * CHAR_DOTS);
        if (!beside) {
            first = full;
        }
        if (!row.text().isBlank()) {
            AttributedString text = new AttributedString(row.text());
            text.addAttribute(TextAttribute.FONT, font);
            if (row.rightToLeft()) {
                text.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL);
            }
            LineBreakMeasurer measurer = new LineBreakMeasurer(text.getIterator(), FRC);
            while (measurer.getPosition() < row.text().length()) {
                lines.add(measurer.nextLayout(Math.max(CHAR_DOTS, lines.isEmpty() ? first : full)));
            }
        }
        int rightLine = beside ? 0 : lines.size();
        int count = Math.max(rightLine + 1, lines.size());
        float[] ascents = new float[count];
        float[] descents = new float[count];
        float height = 0;
        for (int i = 0; i < count; i++) {
            float ascent = font.getLineMetrics("Hg", FRC).getAscent();
            float descent = font.getLineMetrics("Hg", FRC).getDescent();
            for (TextLayout l : new TextLayout[] {i < lines.size() ? lines.get(i) : null, i == rightLine ? right : null}) {
                if (l != null) {
                    ascent = Math.max(ascent, l.getAscent());
                    descent = Math.max(descent, l.getDescent());
                }
            }
            ascents[i] = ascent;
            descents[i] = descent;
            height += ascent + descent + LEADING;
        }
        return new Placed(row, lines, right, rightLine, ascents, descents, top, (int) Math.ceil(height));
    }

    private static void draw(Graphics2D g, Placed p, int dots) {
        Row row = p.row();
        if (row.rule()) {
            g.setColor(Color.BLACK);
            g.fillRect(MARGIN, p.top() + RULE_HEIGHT / 2 - 1, dots - 2 * MARGIN, 2);
            return;
        }
        if (row.reverse()) {
            g.setColor(Color.BLACK);
            g.fillRect(0, p.top(), dots, p.height());
        }
        g.setColor(row.reverse() ? Color.WHITE : Color.BLACK);
        // rows that start right-to-left start at the right edge: "left" is where a line starts, not a side
        Align align = row.align() == Align.LEFT && row.rightToLeft() ? Align.RIGHT : row.align();
        int inset = MARGIN + row.indent() * CHAR_DOTS + (row.reverse() ? CHAR_DOTS : 0);
        float y = p.top();
        for (int i = 0; i < p.ascents().length; i++) {
            TextLayout line = i < p.lines().size() ? p.lines().get(i) : null;
            float baseline = y + LEADING / 2f + p.ascents()[i];
            if (line != null) {
                float width = row.rightToLeft() ? line.getAdvance() : line.getVisibleAdvance();
                float x = switch (align) {
                    case LEFT -> inset;
                    case CENTER -> (dots - width) / 2;
                    case RIGHT -> dots - inset - width;
                };
                line.draw(g, x, baseline);
            }
            if (i == p.rightLine() && p.right() != null) {
                p.right().draw(g, dots - MARGIN - p.right().getAdvance(), baseline);
            }
            y = baseline + p.descents()[i] + LEADING / 2f;
        }
    }
}
