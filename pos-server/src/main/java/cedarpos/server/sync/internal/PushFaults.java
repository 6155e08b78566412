package cedarpos.server.sync.internal;

import cedarpos.server.broadcast.BranchChangesCommitted;
import cedarpos.server.platform.FaultInjection;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Test-only crash point between a push's commit and its ack (cedarpos.fault=halt-after-commit).
 * Ordered before the broadcast observer, which is what writes the ack.
 */
@ApplicationScoped
public class PushFaults {
    @Inject
    private FaultInjection faults;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.PLATFORM_BEFORE)
                     BranchChangesCommitted event) {
        faults.trip(FaultInjection.HALT_AFTER_COMMIT, "push committed branch=" + event.branchId() + " head="
                + event.changes().head() + " session=" + event.originSessionId() + ", ack not sent");
    }
}
