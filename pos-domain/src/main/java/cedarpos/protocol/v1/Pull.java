package cedarpos.protocol.v1;

/** Terminal to server: send me the branch changes after {@code afterSeq}, at most {@code limit}. */
public record Pull(long afterSeq, int limit) implements Message {
    public static final String TYPE = "pull";

    @Override
    public String type() {
        return TYPE;
    }
}
