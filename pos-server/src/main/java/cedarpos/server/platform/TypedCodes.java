package cedarpos.server.platform;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time codes a person reads and types: a till's enrollment code, the first administrator's setup code. Twelve
 * characters shown in groups of four (K7QM-2XPA-93HD), from an alphabet without 0/O or 1/I/L, typed with or without
 * the dashes, in either case.
 */
public final class TypedCodes {
    /** No 0/O, 1/I/L: a code is read aloud and typed on a touch screen. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TypedCodes() {
    }

    /** A new code in display form, e.g. K7QM-2XPA-93HD. */
    public static String newCode() {
        StringBuilder s = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The code as compared and stored: dashes, spaces and case removed; empty if it cannot be a code. */
    public static Optional<String> normalise(String typed) {
        String n = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (n.length() != LENGTH || !n.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(n);
    }

    /** What a refusal says a code must be. */
    public static String shape() {
        return LENGTH + " characters from " + ALPHABET + " (dashes and spaces are ignored)";
    }
}
