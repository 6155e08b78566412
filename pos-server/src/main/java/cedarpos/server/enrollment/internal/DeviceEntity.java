package cedarpos.server.enrollment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * Enrollment's view of a terminal row: identity and device token. The sync
 * module maps the same row for its sequence high-water mark; neither touches
 * the other's columns.
 */
@Entity(name = "Device")
@Table(name = "terminal")
@NamedQuery(name = "Device.findByTokenHash", query = "SELECT d FROM Device d WHERE d.tokenHash = :tokenHash")
public class DeviceEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "first_seen_at", nullable = false)
    private LocalDateTime firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private LocalDateTime lastSeenAt;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "token_issued_at")
    private LocalDateTime tokenIssuedAt;

    @Column(name = "token_revoked_at")
    private LocalDateTime tokenRevokedAt;

    protected DeviceEntity() {
    }

    DeviceEntity(String id, String branchId, String name, LocalDateTime now) {
        this.id = id;
        this.branchId = branchId;
        this.name = name;
        this.firstSeenAt = now;
        this.lastSeenAt = now;
    }

    String id() {
        return id;
    }

    String branchId() {
        return branchId;
    }

    boolean hasLiveToken() {
        return tokenHash != null && tokenRevokedAt == null;
    }

    boolean revoked() {
        return tokenRevokedAt != null;
    }

    /** A new token replaces the old one, revoked or not. */
    void issueToken(String hash, String currentName, LocalDateTime now) {
        this.tokenHash = hash;
        this.tokenIssuedAt = now;
        this.tokenRevokedAt = null;
        this.name = currentName;
        this.lastSeenAt = now;
    }

    void revokeToken(LocalDateTime now) {
        this.tokenRevokedAt = now;
    }

    String name() {
        return name;
    }

    /** When the current token was issued, or the terminal first seen when it never had one. */
    LocalDateTime enrolledAt() {
        return tokenIssuedAt != null ? tokenIssuedAt : firstSeenAt;
    }
}
