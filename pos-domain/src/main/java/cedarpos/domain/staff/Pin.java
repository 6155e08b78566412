package cedarpos.domain.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff PINs: 4 to 8 digits, kept only as a salted PBKDF2 hash, {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}
 * (Base64). The server hashes when a manager sets a PIN; a terminal verifies offline. A PIN is short, so the
 * terminal also limits attempts; the hash keeps it from being read off a stolen disk at a glance, not from a
 * determined attacker, which is why a manager PIN unlocks nothing beyond the till.
 */
public final class Pin {
    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 8;
    public static final int ITERATIONS = 20_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int MAX_HASH = 200;

    private Pin() {
    }

    /** @throws IllegalArgumentException when {@code pin} is not 4 to 8 digits */
    public static void requireValid(char[] pin) {
        if (pin == null || pin.length < MIN_DIGITS || pin.length > MAX_DIGITS) {
            throw new IllegalArgumentException("a PIN is " + MIN_DIGITS + " to " + MAX_DIGITS + " digits");
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("a PIN is digits only");
            }
        }
    }

    public static String hash(char[] pin, SecureRandom random) {
        requireValid(pin);
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return PREFIX + "$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derive(pin, salt, ITERATIONS));
    }

    /** Whether {@code pin} is the PIN behind {@code hash}; false for anything malformed. Constant-time compare. */
    public static boolean matches(char[] pin, String hash) {
        if (pin == null || pin.length < MIN_DIGITS || pin.length > MAX_DIGITS || hash == null) {
            return false;
        }
        String[] parts = hash.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || iterations > 1_000_000) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(pin, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** @throws IllegalArgumentException when {@code hash} is not in the format {@link #hash} writes */
    public static void requireHash(String hash) {
        String[] parts = hash == null ? new String[0] : hash.split("\\$", -1);
        boolean ok = hash != null && hash.length() <= MAX_HASH && parts.length == 4 && parts[0].equals(PREFIX);
        if (ok) {
            try {
                ok = Integer.parseInt(parts[1]) > 0 && Base64.getDecoder().decode(parts[2]).length >= 8
                        && Base64.getDecoder().decode(parts[3]).length == 32;
            } catch (IllegalArgumentException e) {
                ok = false;
            }
        }
        if (!ok) {
            throw new IllegalArgumentException("a PIN hash is " + PREFIX + "$<iterations>$<salt>$<hash>");
        }
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

}
