package cedarpos.server.access;

import cedarpos.domain.BranchId;
import java.util.List;

/**
 * The audit trail: who did what, when. A record joins the caller's
 * transaction, so it exists exactly when the audited change does.
 */
public interface AuditLog {
    /**
     * @param actor   a staff user name, "terminal:&lt;id&gt;", "demo" or "system"
     * @param action  a stable upper-case name, e.g. ENROLLMENT_CODE_CREATED
     * @param branch  the branch concerned, or null
     * @param subject the record concerned (terminal id, user name...), or null
     */
    void record(String actor, String action, BranchId branch, String subject, String detail);

    /**
     * Records an event that happened elsewhere (a till's manager approval) under its own id and time. Recording the
     * same id again changes nothing: a till resending it after a lost ack does not double the trail.
     *
     * @return whether it was new
     */
    boolean recordOnce(java.util.UUID id, long atMs, String actor, String action, BranchId branch, String subject,
                       String detail);

    /** One record of the trail, as a manager reads it. */
    record Entry(long atMs, String actor, String action, String subject, String detail) {
    }

    /** The branch's newest {@code limit} records, newest first. */
    List<Entry> recent(BranchId branch, int limit);

    /** The branch's newest {@code limit} records about one subject (an order, a terminal, a dish), newest first. */
    List<Entry> about(BranchId branch, String subject, int limit);
}
