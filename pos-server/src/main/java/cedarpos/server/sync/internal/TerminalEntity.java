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

    void seen(String currentName, LocalDateTime now) {
        this.name = currentName;
        this.lastSeenAt = now;
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
