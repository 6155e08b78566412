package cedarpos.terminal.sync;

import java.util.Locale;
import java.util.Optional;

/**
 * The shape of a one-time enrollment code (docs/protocol.md "Enrollment and device tokens"): 12 characters from
 * {@value #ALPHABET}, typed with or without dashes and spaces, in either case. Checked on the till so that a typo
 * is named at once, without asking the server; the server checks it again.
 */
public final class EnrollmentCode {
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 12;

    private EnrollmentCode() {
    }

    /** The code in display form (K7QM-2XPA-93HD), or empty when it cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String n = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (n.length() != LENGTH || !n.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(n.substring(0, 4) + "-" + n.substring(4, 8) + "-" + n.substring(8));
    }
}
