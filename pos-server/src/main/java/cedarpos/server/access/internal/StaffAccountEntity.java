package cedarpos.server.access.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

@Entity(name = "StaffAccount")
@Table(name = "staff_account")
public class StaffAccountEntity {
    @Id
    @Column(name = "username", length = 60)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "roles", nullable = false, length = 100)
    private String roles;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "disabled", nullable = false)
    private boolean disabled;

    protected StaffAccountEntity() {
    }

    StaffAccountEntity(String username, String passwordHash, Set<String> roles, LocalDateTime createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = String.join(",", new TreeSet<>(roles));
        this.createdAt = createdAt;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<String> roles() {
        return new TreeSet<>(Arrays.asList(roles.split(",")));
    }

    boolean disabled() {
        return disabled;
    }

    void disable() {
        this.disabled = true;
    }
}
