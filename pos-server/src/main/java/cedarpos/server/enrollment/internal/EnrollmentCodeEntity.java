package cedarpos.server.enrollment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity(name = "EnrollmentCode")
@Table(name = "enrollment_code")
public class EnrollmentCodeEntity {
    @Id
    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at_ms", nullable = false)
    private long expiresAtMs;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    @Column(name = "used_by_terminal", length = 36)
    private String usedByTerminal;

    protected EnrollmentCodeEntity() {
    }

    EnrollmentCodeEntity(String codeHash, String branchId, String createdBy, LocalDateTime createdAt,
                         long expiresAtMs) {
        this.codeHash = codeHash;
        this.branchId = branchId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAtMs = expiresAtMs;
    }

    String branchId() {
        return branchId;
    }

    long expiresAtMs() {
        return expiresAtMs;
    }

    boolean used() {
        return usedAt != null;
    }

    void use(String terminalId, LocalDateTime now) {
        this.usedAt = now;
        this.usedByTerminal = terminalId;
    }
}
