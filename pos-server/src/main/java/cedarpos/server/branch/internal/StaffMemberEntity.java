package cedarpos.server.branch.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Someone who signs in on the branch's terminals with a PIN, kept as its hash only. Deactivated, never deleted. */
@Entity(name = "TerminalStaff")
@Table(name = "staff_member")
@NamedQuery(name = "TerminalStaff.findByBranch",
        query = "SELECT s FROM TerminalStaff s WHERE s.branchId = :branchId ORDER BY s.active DESC, s.name, s.id")
@NamedQuery(name = "TerminalStaff.findActiveByBranch",
        query = "SELECT s FROM TerminalStaff s WHERE s.branchId = :branchId AND s.active = TRUE ORDER BY s.name, s.id")
public class StaffMemberEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "role", nullable = false, length = 10)
    private String role;

    @Column(name = "pin_hash", nullable = false, length = 200)
    private String pinHash;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected StaffMemberEntity() {
    }

    StaffMemberEntity(String id, String branchId, String name, String role, String pinHash, LocalDateTime createdAt) {
        this.id = id;
        this.branchId = branchId;
        this.name = name;
        this.role = role;
        this.pinHash = pinHash;
        this.active = true;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String branchId() {
        return branchId;
    }

    String name() {
        return name;
    }

    String role() {
        return role;
    }

    String pinHash() {
        return pinHash;
    }

    boolean active() {
        return active;
    }

    void changePin(String hash) {
        this.pinHash = hash;
    }

    void deactivate() {
        this.active = false;
    }
}
