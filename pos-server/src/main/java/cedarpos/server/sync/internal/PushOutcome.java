package cedarpos.server.sync.internal;

import cedarpos.protocol.v1.Rejection;
import java.util.List;

/**
 * Result of a committed push.
 *
 * @param rejected the rejected entries among the push's seqs (now or by an earlier push), ascending
 *
 * @param applied entries applied now; when above zero the ack travels with the
 *                broadcast (after commit), otherwise the caller sends it
 */
public record PushOutcome(long lastAppliedSeq, int applied, long head, List<Rejection> rejected) {
}
