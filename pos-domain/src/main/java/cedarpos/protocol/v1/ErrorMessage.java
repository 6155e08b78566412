package cedarpos.protocol.v1;

/**
 * Either direction: a frame was refused; nothing it asked for was written.
 * On the wire it also carries {@code retryable}: whether the same request can
 * ever succeed if sent again unchanged (see {@link ErrorCode#retryable()}).
 */
public record ErrorMessage(ErrorCode code, String message) implements Message {
    public static final String TYPE = "error";

    @Override
    public String type() {
        return TYPE;
    }

    /** Whether resending the refused request unchanged can ever help. */
    public boolean retryable() {
        return code.retryable();
    }
}
