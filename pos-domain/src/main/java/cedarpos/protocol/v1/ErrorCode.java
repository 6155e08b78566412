package cedarpos.protocol.v1;

/**
 * Stable, machine-readable reasons a peer refused a message. The names never
 * change meaning once released; docs/protocol.md lists them for other clients.
 */
public enum ErrorCode {
    /** The frame is not JSON, or its top level is not an object. */
    MALFORMED_JSON,
    /** The "type" field names no message of this protocol version. */
    UNKNOWN_TYPE,
    /** A field is missing or has the wrong type or range. */
    INVALID_FIELD,
    /** The frame is larger than {@link ProtocolCodec#MAX_FRAME_CHARS}. */
    FRAME_TOO_LARGE,
    /** The hello asked for a protocol version the server does not speak. */
    UNSUPPORTED_VERSION,
    /** A message other than hello arrived before the hello. */
    HELLO_REQUIRED,
    /** The message names a branch other than the connection's own. */
    BRANCH_MISMATCH,
    /** The branch in the hello is not known to the server. */
    UNKNOWN_BRANCH,
    /** A pushed batch does not continue the terminal's sequence without a hole. */
    SEQUENCE_GAP,
    /** A push carried more entries than {@link ProtocolCodec#MAX_BATCH_ENTRIES}. */
    BATCH_TOO_LARGE,
    /** An outbox entry names an entity/operation pair the server does not handle. */
    UNKNOWN_OPERATION,
    /** An entry's payload does not describe a valid record. */
    INVALID_PAYLOAD,
    /** The WebSocket upgrade carried no "Authorization: Bearer" device token. */
    TOKEN_REQUIRED,
    /** The device token is not one this server issued. */
    UNKNOWN_TOKEN,
    /** The device token was revoked by a manager; the terminal must enroll again. */
    TOKEN_REVOKED,
    /** The hello names a terminal other than the one the token was issued to. */
    TERMINAL_MISMATCH,
    /** The server failed; the same message may be sent again later. */
    INTERNAL_ERROR
}
