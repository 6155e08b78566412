package cedarpos.protocol.v1;

/**
 * Server to terminal, answer to a hello.
 *
 * @param serverEpoch    changes when the server database is replaced (restore from backup)
 * @param lastAppliedSeq the highest outbox sequence of this terminal the server has applied
 * @param branchHead     the newest change sequence of the branch
 */
public record Welcome(String serverEpoch, long serverTimeMs, long lastAppliedSeq, long branchHead)
        implements Message {
    public static final String TYPE = "welcome";

    @Override
    public String type() {
        return TYPE;
    }
}
