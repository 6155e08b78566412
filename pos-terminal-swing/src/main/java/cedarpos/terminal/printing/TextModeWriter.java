package cedarpos.terminal.printing;

import cedarpos.domain.printing.PaperWidth;
import cedarpos.terminal.printing.TicketLayout.Row;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints rows with the printer's own font: fast and crisp, for tickets whose every character the printer's code page
 * has. Code page 16 (WPC1252) covers ASCII and Latin-1, which is what {@link #canPrint} lets through.
 */
final class TextModeWriter {
    private static final Charset WPC1252 = Charset.forName("windows-1252");
    private static final int CODE_PAGE_WPC1252 = 16;

    private TextModeWriter() {
    }

    /** Printable ASCII and Latin-1 only: anything else (Arabic first of all) must be drawn. */
    static boolean canPrint(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xFF);
    }

    static byte[] write(List<Row> rows, PaperWidth paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EscPos.initialize(out);
        out.writeBytes(new byte[] {EscPos.ESC, 't', CODE_PAGE_WPC1252});
        for (Row row : rows) {
            if (row.rule()) {
                out.writeBytes("-".repeat(paper.columns()).getBytes(WPC1252));
                out.write(EscPos.LF);
                continue;
            }
            int widthTimes = row.size() == TicketLayout.Size.LARGE ? 2 : 1;
            int size = switch (row.size()) {
                case NORMAL -> 0x00;
                case TALL -> 0x01;
                case LARGE -> 0x11;
            };
            out.writeBytes(new byte[] {EscPos.ESC, 'a', (byte) row.align().ordinal(), EscPos.ESC, 'E',
                    (byte) (row.bold() ? 1 : 0), EscPos.GS, '!', (byte) size, EscPos.GS, 'B',
                    (byte) (row.reverse() ? 1 : 0)});
            for (String line : lines(row, paper.columns() / widthTimes)) {
                out.writeBytes(line.getBytes(WPC1252));
                out.write(EscPos.LF);
            }
            out.writeBytes(new byte[] {EscPos.ESC, 'E', 0, EscPos.GS, '!', 0, EscPos.GS, 'B', 0, EscPos.ESC, 'a', 0});
        }
        EscPos.feedAndCut(out);
        return out.toByteArray();
    }

    /** The row wrapped at word boundaries to {@code columns}, indented, its right-hand text flush right on line one. */
    static List<String> lines(Row row, int columns) {
        if (row.reverse()) {
            // a space either side, so that the black bar does not touch the letters
            List<String> lines = lines(row.reversed(false), columns - 2);
            lines.replaceAll(l -> " " + l + " ");
            return lines;
        }
        String pad = " ".repeat(row.indent());
        String right = row.right() == null ? "" : row.right();
        int full = columns - row.indent();
        int first = right.isEmpty() ? full : full - right.length() - 1;
        boolean beside = TicketLayout.rightBeside(row.text().length(), first, full, 8);
        List<String> lines = new ArrayList<>(wrap(row.text(), beside ? first : full, full));
        lines.replaceAll(l -> pad + l);
        if (!right.isEmpty() && beside) {
            String line = lines.get(0);
            lines.set(0, line + " ".repeat(columns - line.length() - right.length()) + right);
        } else if (!right.isEmpty()) {
            lines.add(" ".repeat(Math.max(0, columns - right.length())) + right);
        }
        return lines;
    }

    private static List<String> wrap(String text, int firstWidth, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        int limit = Math.max(1, firstWidth);
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf(' ', limit);
            if (cut <= 0) {
                cut = limit;
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
            limit = Math.max(1, width);
        }
        lines.add(rest);
        return lines;
    }
}
