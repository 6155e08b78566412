package cedarpos.domain.shift;

/** Checks for the short free texts a shift records. */
final class ShiftTexts {
    private ShiftTexts() {
    }

    static String required(String text, String what, int max) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new IllegalArgumentException(what + " is at most " + max + " characters, got " + t.length());
        }
        return t;
    }

    static String optional(String text, String what, int max) {
        return text == null || text.isBlank() ? null : required(text, what, max);
    }
}
