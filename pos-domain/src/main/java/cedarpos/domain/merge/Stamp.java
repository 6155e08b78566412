package cedarpos.domain.merge;

import java.util.Comparator;
import java.util.UUID;

/**
 * When and by whom a change was made: the total order every last-write-wins
 * rule uses. {@code atMs} is server-clock time, i.e. the writer's clock corrected
 * by the offset it measured at its last connection, so an offline terminal with a
 * fast clock does not win over a later online change. Ties fall to the origin
 * (terminal id), then to the origin's own counter (its outbox seq), so two
 * distinct changes never compare equal.
 *
 * @param origin the terminal that made the change, or a server-side origin for
 *               manager resolutions
 * @param seq    the origin's gapless counter (a terminal's outbox seq)
 */
public record Stamp(long atMs, UUID origin, long seq) implements Comparable<Stamp> {
    private static final Comparator<Stamp> ORDER = Comparator.comparingLong(Stamp::atMs)
            .thenComparing(s -> s.origin().toString())
            .thenComparingLong(Stamp::seq);

    public Stamp {
        if (origin == null) {
            throw new IllegalArgumentException("stamp origin is required");
        }
        if (atMs < 0) {
            throw new IllegalArgumentException("stamp time cannot be negative");
        }
        if (seq < 0) {
            throw new IllegalArgumentException("stamp seq cannot be negative");
        }
    }

    @Override
    public int compareTo(Stamp other) {
        return ORDER.compare(this, other);
    }

    public boolean isAfter(Stamp other) {
        return compareTo(other) > 0;
    }

    /** Compact wire form {@code atMs:origin:seq}, e.g. {@code 1764072000000:3f2c...:17}. */
    public String encode() {
        return atMs + ":" + origin + ":" + seq;
    }

    /** @throws IllegalArgumentException when the text is not the {@link #encode()} form */
    public static Stamp parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("stamp is required");
        }
        int first = text.indexOf(':');
        int last = text.lastIndexOf(':');
        if (first < 0 || last == first) {
            throw new IllegalArgumentException("stamp must look like <atMs>:<origin uuid>:<seq>, got: " + cedarpos.domain.Ids.quote(text));
        }
        try {
            return new Stamp(Long.parseLong(text.substring(0, first)),
                    cedarpos.domain.Ids.uuid(text.substring(first + 1, last), "stamp origin"), Long.parseLong(text.substring(last + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("stamp must look like <atMs>:<origin uuid>:<seq>, got: " + cedarpos.domain.Ids.quote(text), e);
        }
    }

    @Override
    public String toString() {
        return encode();
    }
}
