package cedarpos.server.sync.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Sync's view of a terminal row (created by enrollment): its sequence high-water mark. */
@Entity(name = "Terminal")
@Table(name = "terminal")
public class TerminalEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "last_applied_seq", nullable = false)
    private long lastAppliedSeq;

    @Column(name = "first_seen_at", nullable = false)
    private LocalDateTime firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private LocalDateTime lastSeenAt;

    @Column(name = "app_version", length = 50)
    private String appVersion;

    @Column(name = "reported_outbox_seq")
    private Long reportedOutboxSeq;

    @Column(name = "oldest_pending_at_ms")
    private Long oldestPendingAtMs;

    protected TerminalEntity() {
    }

    String name() {
        return name;
    }

    String branchId() {
        return branchId;
    }

    long lastAppliedSeq() {
        return lastAppliedSeq;
    }

    /** A hello: its name, and what it reports of itself (null fields: not reported, the last report stands). */
    void seen(String currentName, LocalDateTime now, String version, Long outboxSeq, Long oldestPending) {
        this.name = currentName;
        this.lastSeenAt = now;
        if (version != null) {
            this.appVersion = version;
        }
        if (outboxSeq != null) {
            this.reportedOutboxSeq = outboxSeq;
            this.oldestPendingAtMs = oldestPending;
        }
    }

    String appVersion() {
        return appVersion;
    }

    /**
     * Entries the till had written that have not arrived, as far as its last report tells (entries it pushed since
     * count as arrived); null when it never reported.
     */
    Long pendingReported() {
        return reportedOutboxSeq == null ? null : Math.max(0, reportedOutboxSeq - lastAppliedSeq);
    }

    /** When the oldest of those was written; null when none is pending or it never reported. */
    Long oldestPendingAtMs() {
        Long pending = pendingReported();
        return pending == null || pending == 0 ? null : oldestPendingAtMs;
    }

    void applied(long seq, LocalDateTime now) {
        this.lastAppliedSeq = seq;
        this.lastSeenAt = now;
    }

    String id() {
        return id;
    }

    LocalDateTime lastSeenAt() {
        return lastSeenAt;
    }
}
