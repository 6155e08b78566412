package cedarpos.domain;

import java.util.UUID;

/** Parsing shared by the typed ids: every id is a UUID born where the record is born. */
public final class Ids {
    private Ids() {
    }

    /**
     * Parses a canonical UUID string: 36 characters, lower-case hex, as {@link UUID#toString()} writes it
     * (docs/protocol.md); {@code UUID.fromString} alone also takes upper case and short groups.
     *
     * @throws IllegalArgumentException naming {@code what} when the text is not a UUID
     */
    public static UUID uuid(String text, String what) {
        if (text == null || text.length() != 36) {
            throw new IllegalArgumentException(what + " must be a UUID, got: " + quote(text));
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " must be a UUID, got: " + quote(text), e);
        }
        if (!uuid.toString().equals(text)) {
            throw new IllegalArgumentException(what + " must be a canonical lower-case UUID, got: " + quote(text));
        }
        return uuid;
    }

    static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    /**
     * Client text for an error message: quoted, at most 60 characters, and every character outside printable
     * ASCII escaped as {@code \\uXXXX}, so a message never carries half a surrogate pair or control codes.
     */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), 60) + 8).append('"');
        for (int i = 0; i < text.length() && i < 60; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                b.append(c);
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.append(text.length() > 60 ? "...\"" : "\"").toString();
    }
}
