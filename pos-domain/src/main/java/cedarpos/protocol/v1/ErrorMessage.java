package cedarpos.protocol.v1;

/** Either direction: a frame was refused; nothing it asked for was written. */
public record ErrorMessage(ErrorCode code, String message) implements Message {
    public static final String TYPE = "error";

    @Override
    public String type() {
        return TYPE;
    }
}
