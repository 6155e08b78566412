package cedarpos.domain.merge;

import java.util.Objects;

/**
 * A last-write-wins register: a value and the stamp of the write that set it.
 * Joining keeps the later stamp, so any order, duplication or delay of delivery
 * ends with the same value. The value may be null ("no discount", "no table").
 */
public record Lww<T>(T value, Stamp stamp) {
    public Lww {
        if (stamp == null) {
            throw new IllegalArgumentException("a register needs the stamp of its write");
        }
    }

    public static <T> Lww<T> of(T value, Stamp stamp) {
        return new Lww<>(value, stamp);
    }

    /** The later write; either side may be null (never written). */
    public static <T> Lww<T> join(Lww<T> a, Lww<T> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int c = a.stamp.compareTo(b.stamp);
        if (c != 0) {
            return c > 0 ? a : b;
        }
        // one stamp, two values: only a forged or corrupted write can do this; stay deterministic anyway
        return String.valueOf(a.value).compareTo(String.valueOf(b.value)) >= 0 ? a : b;
    }

    /** The value of a possibly absent register. */
    public static <T> T valueOf(Lww<T> register, T otherwise) {
        return register == null ? otherwise : register.value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lww<?> other && stamp.equals(other.stamp) && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, stamp);
    }
}
