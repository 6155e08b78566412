package cedarpos.protocol.v1;

/** A message was refused; carries the stable code the peer will see. */
public class ProtocolException extends Exception {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    public ProtocolException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    /** The error message to send back for this refusal. */
    public ErrorMessage toMessage() {
        return new ErrorMessage(code, getMessage());
    }
}
