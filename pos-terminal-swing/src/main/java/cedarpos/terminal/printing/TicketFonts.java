package cedarpos.terminal.printing;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The fonts tickets are drawn with. Candidates in order: the terminal's own (Noto Sans, DejaVu Sans, as in
 * CedarPosLaf.properties), then fonts Windows tills have that carry Arabic (Segoe UI, Tahoma, Arial), then Arabic-only
 * Noto families, then Java's logical SansSerif. A ticket is drawn with the first installed candidate that can show
 * every character on it; a row no candidate can show is drawn with the candidate that shows the most of it and logged,
 * never silently printed as boxes.
 */
final class TicketFonts {
    static final List<String> CANDIDATES = List.of("Noto Sans", "DejaVu Sans", "Segoe UI", "Tahoma", "Arial",
            "Noto Naskh Arabic", "Noto Sans Arabic", Font.SANS_SERIF);
    private static final Logger LOG = Logger.getLogger(TicketFonts.class.getName());
    private static final Set<String> INSTALLED = Arrays.stream(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT))
            .map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final Map<String, Font> FONTS = new ConcurrentHashMap<>();

    private TicketFonts() {
    }

    /** The family to draw {@code text} with (the whole ticket's text, so that one font sets the whole ticket). */
    static String familyFor(String text) {
        String best = Font.SANS_SERIF;
        int bestShown = -1;
        for (String family : CANDIDATES) {
            if (!installed(family)) {
                continue;
            }
            int shown = shown(font(family, Font.BOLD, 24), text);
            if (shown == text.length() && shown(font(family, Font.PLAIN, 24), text) == text.length()) {
                return family;
            }
            if (shown > bestShown) {
                best = family;
                bestShown = shown;
            }
        }
        return best;
    }

    /**
     * The font for one row: the ticket's family when it can show the row, else the best other candidate.
     *
     * @param job for the log line when nothing can show the row
     */
    static Font forRow(String family, int style, float size, String text, long job) {
        Font font = font(family, style, size);
        if (font.canDisplayUpTo(text) < 0) {
            return font;
        }
        String other = familyFor(text);
        Font fallback = font(other, style, size);
        int missing = fallback.canDisplayUpTo(text);
        if (missing >= 0) {
            LOG.warning(() -> "job " + job + ": no installed font can show U+"
                    + String.format("%04X", text.codePointAt(missing)) + " in \"" + text + "\"; drawn with "
                    + fallback.getFamily() + " - install fonts-dejavu or Noto Sans Arabic");
        }
        return fallback;
    }

    static Font font(String family, int style, float size) {
        return FONTS.computeIfAbsent(family + "/" + style + "/" + size, k -> new Font(family, style, 1)
                .deriveFont(size));
    }

    private static boolean installed(String family) {
        return Font.SANS_SERIF.equals(family) || INSTALLED.contains(family.toLowerCase(Locale.ROOT));
    }

    private static int shown(Font font, String text) {
        int upTo = font.canDisplayUpTo(text);
        return upTo < 0 ? text.length() : upTo;
    }
}
