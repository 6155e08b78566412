package cedarpos.terminal.printing;

import cedarpos.domain.printing.PaperWidth;
import cedarpos.terminal.printing.TicketLayout.Row;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;

/**
 * Turns a {@link Ticket} into one complete ESC/POS job for a printer of a given paper width: ESC @, the ticket, a feed
 * and a cut. A ticket whose every character the printer's code page has (ASCII and Latin-1) is printed in text mode;
 * any other (Arabic above all) is drawn with Java2D, where Arabic is shaped and set right-to-left, and sent as a
 * GS v 0 raster exactly as wide as the paper. Kitchen tickets carry the Arabic dish names, so they are pictures.
 * Stateless and thread-safe.
 */
public final class TicketPrinter {
    private final ZoneId zone;

    /** @param zone the branch's time zone, for the time printed on tickets */
    public TicketPrinter(ZoneId zone) {
        if (zone == null) {
            throw new IllegalArgumentException("a ticket printer needs the branch's time zone");
        }
        this.zone = zone;
    }

    /** The job's bytes, ready for {@link PrinterConnection#send(byte[])}. */
    public byte[] render(Ticket ticket, PaperWidth paper) {
        List<Row> rows = TicketLayout.rows(ticket, zone);
        if (TextModeWriter.canPrint(TicketLayout.allText(rows))) {
            return TextModeWriter.write(rows, paper);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EscPos.initialize(out);
        EscPos.raster(picture(rows, paper, ticket.jobNumber()), out);
        EscPos.feedAndCut(out);
        return out.toByteArray();
    }

    /** True when the ticket will be printed as a picture rather than in the printer's font. */
    public boolean printsAsPicture(Ticket ticket) {
        return !TextModeWriter.canPrint(TicketLayout.allText(TicketLayout.rows(ticket, zone)));
    }

    /** The ticket drawn as it prints as a picture (grey-scale, {@code paper.dots()} wide): a preview for screens. */
    public BufferedImage picture(Ticket ticket, PaperWidth paper) {
        return picture(TicketLayout.rows(ticket, zone), paper, ticket.jobNumber());
    }

    private static BufferedImage picture(List<Row> rows, PaperWidth paper, long job) {
        return TicketRaster.draw(rows, paper, job);
    }
}
