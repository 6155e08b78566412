package cedarpos.domain.merge;

/** Checks for the short free texts the merge records carry. */
final class Texts {
    private Texts() {
    }

    static String required(String text, String what, int max) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return optional(text, what, max);
    }

    static String optional(String text, String what, int max) {
        if (text != null && text.length() > max) {
            throw new IllegalArgumentException(what + " is at most " + max + " characters, got " + text.length());
        }
        return text;
    }
}
