package cedarpos.domain.printing;

import cedarpos.domain.InvalidComponent;

/**
 * A kitchen station (grill, cold mezze, bar, dessert) and where its tickets print.
 *
 * @param fallback             the printer that takes over when {@code printer} keeps failing, or null
 * @param fallbackAfterSeconds how long {@code printer} must have been failing before the fallback takes over
 */
public record Station(String code, String nameEn, String nameAr, String printer, String fallback,
                      int fallbackAfterSeconds) {
    public static final int MAX_NAME = 80;
    public static final int MAX_FALLBACK_SECONDS = 3600;
    public static final int DEFAULT_FALLBACK_SECONDS = 60;

    public Station {
        code = PrintingSetup.code(code, "station code", "code");
        String[][] names = {{"nameEn", nameEn}, {"nameAr", nameAr}};
        for (String[] n : names) {
            if (n[1] == null || n[1].isBlank() || n[1].length() > MAX_NAME) {
                throw new InvalidComponent(n[0], "station " + code + " needs an English and an Arabic name of 1 to "
                        + MAX_NAME + " characters");
            }
        }
        printer = PrintingSetup.code(printer, "station " + code + " printer", "printer");
        if (fallback != null) {
            fallback = PrintingSetup.code(fallback, "station " + code + " fallback printer", "fallback");
            if (fallback.equals(printer)) {
                throw new InvalidComponent("fallback", "station " + code + ": the fallback must be another printer");
            }
        }
        if (fallbackAfterSeconds < 1 || fallbackAfterSeconds > MAX_FALLBACK_SECONDS) {
            throw new InvalidComponent("fallbackAfterSeconds", "station " + code + ": fallback delay must be 1 to "
                    + MAX_FALLBACK_SECONDS + " seconds, got " + fallbackAfterSeconds);
        }
    }
}
