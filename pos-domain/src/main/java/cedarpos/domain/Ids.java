package cedarpos.domain;

import java.util.UUID;

/** Parsing shared by the typed ids: every id is a UUID born where the record is born. */
public final class Ids {
    private Ids() {
    }

    /**
     * Parses a canonical UUID string.
     *
     * @throws IllegalArgumentException naming {@code what} when the text is not a UUID
     */
    public static UUID uuid(String text, String what) {
        if (text == null || text.length() != 36) {
            throw new IllegalArgumentException(what + " must be a UUID, got: " + quote(text));
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " must be a UUID, got: " + quote(text), e);
        }
    }

    static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    private static String quote(String text) {
        return text == null ? "null" : '"' + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + '"';
    }
}
