package cedarpos.server.sync.internal;

/**
 * Result of a committed push.
 *
 * @param applied entries applied now; when above zero the ack travels with the
 *                broadcast (after commit), otherwise the caller sends it
 */
public record PushOutcome(long lastAppliedSeq, int applied, long head) {
}
