package cedarpos.protocol.v1;

/**
 * A frame of the v1 sync protocol. Each is a JSON object whose "type" field is
 * {@link #type()}; {@link ProtocolCodec} converts both ways.
 */
public sealed interface Message permits Hello, Welcome, Catalog, Pull, Changes, Push, Ack, ErrorMessage {
    String type();
}
