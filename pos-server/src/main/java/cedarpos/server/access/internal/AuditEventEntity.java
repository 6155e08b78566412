package cedarpos.server.access.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity(name = "AuditEvent")
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.findByBranch",
        query = "SELECT a FROM AuditEvent a WHERE a.branchId = :branchId ORDER BY a.atMs DESC, a.id DESC")
public class AuditEventEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "at_ms", nullable = false)
    private long atMs;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "action", nullable = false, length = 60)
    private String action;

    @Column(name = "branch_id", length = 36)
    private String branchId;

    @Column(name = "subject", length = 100)
    private String subject;

    @Column(name = "detail", length = 1000)
    private String detail;

    protected AuditEventEntity() {
    }

    AuditEventEntity(String id, long atMs, String actor, String action, String branchId, String subject,
                     String detail) {
        this.id = id;
        this.atMs = atMs;
        this.actor = actor;
        this.action = action;
        this.branchId = branchId;
        this.subject = subject;
        this.detail = detail;
    }

    long atMs() {
        return atMs;
    }

    String actor() {
        return actor;
    }

    String action() {
        return action;
    }

    String subject() {
        return subject;
    }

    String detail() {
        return detail;
    }
}
