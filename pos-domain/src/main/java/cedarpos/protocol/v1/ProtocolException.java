package cedarpos.protocol.v1;

/** A message was refused; carries the stable code the peer will see. */
public class ProtocolException extends Exception {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;
    private final String field;

    public ProtocolException(ErrorCode code, String message) {
        this(code, message, null);
    }

    /** @param field the field at fault as a path ({@code printers[1].port}), or null when none is */
    public ProtocolException(ErrorCode code, String message, String field) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public ErrorCode code() {
        return code;
    }

    /** The field at fault ({@code printers[1].port}, {@code payload.lines[0].qty}), or null when none is named. */
    public String field() {
        return field;
    }

    /** The error message to send back for this refusal. */
    public ErrorMessage toMessage() {
        return new ErrorMessage(code, getMessage());
    }
}
