package cedarpos.terminal.printing;

import cedarpos.domain.printing.PaperWidth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Whether what a fake printer received is exactly a job's ticket: the job rendered as the terminal renders it (in
 * this machine's time zone, as {@code TerminalCore} does), read
 * back by the same decoder, compared line by line and dot by dot (an Arabic ticket prints as a picture).
 */
final class PrintedAs {
    static final TicketPrinter RENDERER = new TicketPrinter(ZoneId.systemDefault());

    private PrintedAs() {
    }

    static boolean same(ReceivedTicket got, Ticket expected, PaperWidth paper) {
        ReceivedTicket want = EscPosDecoder.decode(RENDERER.render(expected, paper), paper.dots()).get(0);
        if (!got.textLines().equals(want.textLines()) || got.images().size() != want.images().size()) {
            return false;
        }
        List<ReceivedTicket.RasterImage> a = got.images();
        List<ReceivedTicket.RasterImage> b = want.images();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).width() != b.get(i).width() || a.get(i).height() != b.get(i).height()
                    || !Arrays.equals(a.get(i).rows(), b.get(i).rows())) {
                return false;
            }
        }
        return true;
    }
}
