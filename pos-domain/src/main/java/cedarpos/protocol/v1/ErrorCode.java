package cedarpos.protocol.v1;

/**
 * Stable, machine-readable reasons a peer refused a message. The names never
 * change meaning once released; docs/protocol.md lists them for other clients.
 *
 * <p>Every code says whether resending can ever help ({@link #retryable()}):
 * a terminal that resends a request refused with a permanent code would wait
 * forever, and since its sequence is gapless, so would everything behind it.
 */
public enum ErrorCode {
    /** The frame is not JSON, its top level is not one object, or text follows the object. */
    MALFORMED_JSON(false),
    /** The "type" field names no message of this protocol version. */
    UNKNOWN_TYPE(false),
    /** A field is missing or has the wrong type or range. */
    INVALID_FIELD(false),
    /** The frame is larger than {@link ProtocolCodec#MAX_FRAME_CHARS}. */
    FRAME_TOO_LARGE(false),
    /** A binary WebSocket frame: the protocol is text frames only. The connection is closed. */
    BINARY_FRAME(false),
    /** The frame is not valid UTF-8, or a JSON string holds an unpaired surrogate. The connection is closed. */
    INVALID_TEXT(false),
    /** JSON nested deeper than {@link ProtocolCodec#MAX_DEPTH}. The connection is closed. */
    JSON_TOO_DEEP(false),
    /** A JSON number no parser can hold (an exponent beyond any range). The connection is closed. */
    NUMBER_OUT_OF_RANGE(false),
    /** The hello asked for a protocol version the server does not speak. */
    UNSUPPORTED_VERSION(false),
    /** A message other than hello arrived before the hello. */
    HELLO_REQUIRED(false),
    /** The message names a branch other than the connection's own. */
    BRANCH_MISMATCH(false),
    /** The branch in the hello is not known to the server. */
    UNKNOWN_BRANCH(false),
    /** A pushed batch does not continue the terminal's sequence: reconnect and send from the welcome's seq. */
    SEQUENCE_GAP(true),
    /** A push carried more entries than {@link ProtocolCodec#MAX_BATCH_ENTRIES}. */
    BATCH_TOO_LARGE(false),
    /** An outbox entry names an entity/operation pair the server does not handle. */
    UNKNOWN_OPERATION(false),
    /** An entry's payload does not describe a valid record. */
    INVALID_PAYLOAD(false),
    /** Applying the entry would make its record larger than {@link ProtocolCodec#MAX_RECORD_CHARS}. */
    RECORD_TOO_LARGE(false),
    /** The WebSocket upgrade carried no "Authorization: Bearer" device token. */
    TOKEN_REQUIRED(false),
    /** The device token is not one this server issued. */
    UNKNOWN_TOKEN(false),
    /** The device token was revoked by a manager; the terminal must enroll again. */
    TOKEN_REVOKED(false),
    /** The hello names a terminal other than the one the token was issued to. */
    TERMINAL_MISMATCH(false),
    /** The server is starting or its database is unreachable; the same message may be sent again later. */
    SERVER_UNAVAILABLE(true),
    /** The server failed; the same message may be sent again later. */
    INTERNAL_ERROR(true);

    private final boolean retryable;

    ErrorCode(boolean retryable) {
        this.retryable = retryable;
    }

    /**
     * True when the same request, sent again unchanged (after the wait or the
     * reconnect docs/protocol.md gives for the code), can succeed; false when it
     * never can.
     */
    public boolean retryable() {
        return retryable;
    }
}
