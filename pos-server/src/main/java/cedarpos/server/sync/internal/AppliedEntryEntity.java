package cedarpos.server.sync.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One outbox entry the server applied, by its idempotency key. */
@Entity(name = "AppliedEntry")
@Table(name = "applied_entry")
public class AppliedEntryEntity {
    @Id
    @Column(name = "entry_id", length = 36)
    private String entryId;

    @Column(name = "terminal_id", nullable = false, length = 36)
    private String terminalId;

    @Column(name = "seq", nullable = false)
    private long seq;

    @Column(name = "applied_at", nullable = false)
    private LocalDateTime appliedAt;

    protected AppliedEntryEntity() {
    }

    AppliedEntryEntity(String entryId, String terminalId, long seq, LocalDateTime appliedAt) {
        this.entryId = entryId;
        this.terminalId = terminalId;
        this.seq = seq;
        this.appliedAt = appliedAt;
    }
}
