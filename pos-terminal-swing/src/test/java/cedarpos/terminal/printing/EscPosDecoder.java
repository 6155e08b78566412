package cedarpos.terminal.printing;

import cedarpos.terminal.printing.ReceivedTicket.Align;
import cedarpos.terminal.printing.ReceivedTicket.Element;
import cedarpos.terminal.printing.ReceivedTicket.Feed;
import cedarpos.terminal.printing.ReceivedTicket.RasterImage;
import cedarpos.terminal.printing.ReceivedTicket.TextLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads ESC/POS the way a printer does, byte by byte as it arrives, and turns it into {@link ReceivedTicket}s (one
 * per cut). Understands what Cedar POS sends and the common neighbours: ESC @, ESC E, ESC !, ESC a, ESC d, ESC t,
 * GS !, GS B, GS V, GS v 0, LF, and the real-time status query DLE EOT n, which it hands to the {@link Listener} at
 * once (a printer answers it as soon as it reads it). Anything else is counted in {@link #unknownCommands()}.
 * Not thread-safe: one decoder per connection.
 */
final class EscPosDecoder {
    private static final int LF = 0x0A;
    private static final int CR = 0x0D;
    private static final int DLE = 0x10;
    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final Charset WPC1252 = Charset.forName("windows-1252");

    /** What the printer around the decoder does with what it reads. */
    interface Listener {
        /** DLE EOT n arrived: answer it on the connection (or stay silent, as some printers do). */
        void statusQuery(int n) throws IOException;

        void ticket(ReceivedTicket ticket);
    }

    private final int paperDots;
    private final Listener listener;
    private final List<Element> elements = new ArrayList<>();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private TextLine lineStyle;
    private boolean bold;
    private int width = 1;
    private int height = 1;
    private Align align = Align.LEFT;
    private boolean reverse;
    private Charset charset = StandardCharsets.ISO_8859_1;
    private long jobBytes;
    private int unknownCommands;
    private InputStream in;

    EscPosDecoder(int paperDots, Listener listener) {
        this.paperDots = paperDots;
        this.listener = listener;
    }

    /** Decodes a whole job held in memory: every cut ticket, then what followed the last cut if anything did. */
    static List<ReceivedTicket> decode(byte[] job, int paperDots) {
        List<ReceivedTicket> tickets = new ArrayList<>();
        EscPosDecoder decoder = new EscPosDecoder(paperDots, new Listener() {
            @Override
            public void statusQuery(int n) {
                // nobody to answer
            }

            @Override
            public void ticket(ReceivedTicket ticket) {
                tickets.add(ticket);
            }
        });
        try {
            decoder.read(new ByteArrayInputStream(job));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a complete ESC/POS job: " + e.getMessage(), e);
        }
        decoder.unfinished().ifPresent(tickets::add);
        return tickets;
    }

    /** Reads until the end of the stream; an exception leaves what was read so far in {@link #unfinished()}. */
    void read(InputStream stream) throws IOException {
        this.in = stream;
        int b;
        while ((b = stream.read()) >= 0) {
            if (b == DLE) {
                realTime();
                continue;
            }
            jobBytes++;
            switch (b) {
                case LF -> endLine();
                case CR -> { }
                case ESC -> esc(param());
                case GS -> gs(param());
                default -> text(b);
            }
        }
    }

    /** What arrived after the last cut, as a ticket without a cut; empty when nothing did. */
    Optional<ReceivedTicket> unfinished() {
        if (line.size() > 0) {
            endLine();
        }
        if (elements.isEmpty() && jobBytes == 0) {
            return Optional.empty();
        }
        ReceivedTicket partial = new ReceivedTicket(paperDots, elements, false, jobBytes);
        elements.clear();
        jobBytes = 0;
        return Optional.of(partial);
    }

    int unknownCommands() {
        return unknownCommands;
    }

    private void realTime() throws IOException {
        int command = next();
        int n = next();
        if (command == 0x04) {
            listener.statusQuery(n);
        } else {
            unknownCommands++;
        }
    }

    private void esc(int command) throws IOException {
        switch (command) {
            case '@' -> {
                bold = false;
                width = 1;
                height = 1;
                align = Align.LEFT;
                reverse = false;
                charset = StandardCharsets.ISO_8859_1;
            }
            case 'E' -> bold = (param() & 1) != 0;
            case '!' -> {
                int mode = param();
                bold = (mode & 0x08) != 0;
                height = (mode & 0x10) != 0 ? 2 : 1;
                width = (mode & 0x20) != 0 ? 2 : 1;
            }
            case 'a' -> align = switch (param() % 48) {
                case 1 -> Align.CENTER;
                case 2 -> Align.RIGHT;
                default -> Align.LEFT;
            };
            case 'd' -> {
                int lines = param();
                if (line.size() > 0) {
                    endLine();
                }
                elements.add(new Feed(lines));
            }
            case 't' -> charset = param() == 16 ? WPC1252 : StandardCharsets.ISO_8859_1;
            default -> {
                param();
                unknownCommands++;
            }
        }
    }

    private void gs(int command) throws IOException {
        switch (command) {
            case '!' -> {
                int size = param();
                width = ((size >> 4) & 7) + 1;
                height = (size & 7) + 1;
            }
            case 'B' -> reverse = (param() & 1) != 0;
            case 'V' -> cut(param());
            case 'v' -> raster();
            default -> {
                param();
                unknownCommands++;
            }
        }
    }

    private void cut(int mode) throws IOException {
        if (mode == 65 || mode == 66) {
            elements.add(new Feed(param()));
        }
        if (line.size() > 0) {
            endLine();
        }
        listener.ticket(new ReceivedTicket(paperDots, elements, true, jobBytes));
        elements.clear();
        jobBytes = 0;
    }

    /** GS v 0 m xL xH yL yH d1...dk: (xL + 256 xH) bytes per row, (yL + 256 yH) rows. */
    private void raster() throws IOException {
        if (param() != '0') {
            unknownCommands++;
            return;
        }
        param(); // m: scaling, always 0 from Cedar POS
        int bytesPerRow = param() | param() << 8;
        int rows = param() | param() << 8;
        byte[] data = in.readNBytes(bytesPerRow * rows);
        if (data.length < bytesPerRow * rows) {
            throw new EOFException("raster band cut short: " + data.length + " of " + bytesPerRow * rows + " bytes");
        }
        jobBytes += data.length;
        int last = elements.size() - 1;
        if (last >= 0 && elements.get(last) instanceof RasterImage previous && previous.width() == bytesPerRow * 8) {
            byte[] joined = new byte[previous.rows().length + data.length];
            System.arraycopy(previous.rows(), 0, joined, 0, previous.rows().length);
            System.arraycopy(data, 0, joined, previous.rows().length, data.length);
            elements.set(last, new RasterImage(previous.width(), previous.height() + rows, joined));
        } else {
            elements.add(new RasterImage(bytesPerRow * 8, rows, data));
        }
    }

    private void text(int b) {
        if (line.size() == 0) {
            lineStyle = new TextLine("", bold, width, height, align, reverse);
        }
        line.write(b);
    }

    private void endLine() {
        TextLine style = line.size() > 0 ? lineStyle : new TextLine("", bold, width, height, align, reverse);
        String text = new String(line.toByteArray(), charset);
        elements.add(new TextLine(text, style.bold(), style.width(), style.height(), style.align(), style.reverse()));
        line.reset();
    }

    private int param() throws IOException {
        jobBytes++;
        return next();
    }

    private int next() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the job ends inside a command");
        }
        return b;
    }
}
