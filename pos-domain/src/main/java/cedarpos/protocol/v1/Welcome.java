package cedarpos.protocol.v1;

import java.util.List;

/**
 * Server to terminal, answer to a hello.
 *
 * @param serverEpoch    changes when the server database is replaced (restore from backup)
 * @param lastAppliedSeq the highest outbox sequence of this terminal the server has applied
 * @param branchHead     the newest change sequence of the branch
 * @param rejected       the entries the server rejected with seq above the hello's {@code lastAckedSeq}
 *                       and up to {@code lastAppliedSeq} (their ack was lost), ascending, at most
 *                       {@link ProtocolCodec#MAX_BATCH_ENTRIES}
 */
public record Welcome(String serverEpoch, long serverTimeMs, long lastAppliedSeq, long branchHead,
                      List<Rejection> rejected) implements Message {
    public static final String TYPE = "welcome";

    public Welcome {
        rejected = List.copyOf(rejected);
    }

    /** A welcome with no rejected entry to report. */
    public Welcome(String serverEpoch, long serverTimeMs, long lastAppliedSeq, long branchHead) {
        this(serverEpoch, serverTimeMs, lastAppliedSeq, branchHead, List.of());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
