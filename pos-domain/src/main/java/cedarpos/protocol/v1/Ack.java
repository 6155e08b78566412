package cedarpos.protocol.v1;

/** Server to terminal: every entry up to and including {@code lastAppliedSeq} is committed. */
public record Ack(long lastAppliedSeq) implements Message {
    public static final String TYPE = "ack";

    @Override
    public String type() {
        return TYPE;
    }
}
