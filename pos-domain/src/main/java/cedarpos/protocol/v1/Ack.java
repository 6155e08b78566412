package cedarpos.protocol.v1;

import java.util.List;

/**
 * Server to terminal: every entry up to and including {@code lastAppliedSeq} is
 * committed, or, for the entries listed in {@code rejected}, recorded as
 * rejected (never applied; see {@link Rejection}).
 *
 * @param rejected the rejected entries among those this ack covers, ascending by seq; usually empty
 */
public record Ack(long lastAppliedSeq, List<Rejection> rejected) implements Message {
    public static final String TYPE = "ack";

    public Ack {
        rejected = List.copyOf(rejected);
    }

    /** An ack with no rejected entry. */
    public Ack(long lastAppliedSeq) {
        this(lastAppliedSeq, List.of());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
