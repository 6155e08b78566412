package cedarpos.server.access.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
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

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until_ms")
    private Long lockedUntilMs;

    /** The branches of a manager account (ids); an admin's is empty: it works on every branch. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_branch", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "branch_id", length = 36)
    private Set<String> branches = new TreeSet<>();

    protected StaffAccountEntity() {
    }

    StaffAccountEntity(String username, String passwordHash, Set<String> roles, Set<String> branches,
                       LocalDateTime createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = String.join(",", new TreeSet<>(roles));
        this.branches = new TreeSet<>(branches);
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

    Set<String> branches() {
        return new TreeSet<>(branches);
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    int failedSignIns() {
        return failedSignIns;
    }

    /** The end of the lockout (epoch ms), or null when the account is not locked at {@code nowMs}. */
    Long lockedUntil(long nowMs) {
        return lockedUntilMs != null && lockedUntilMs > nowMs ? lockedUntilMs : null;
    }

    /** A wrong password: counts it, and at {@code limit} in a row locks the account until {@code untilMs}. */
    boolean failedSignIn(int limit, long untilMs) {
        failedSignIns++;
        if (failedSignIns >= limit) {
            failedSignIns = 0;
            lockedUntilMs = untilMs;
            return true;
        }
        return false;
    }

    /** A good password: the count of wrong ones starts again. Answers whether anything changed. */
    boolean signedIn() {
        if (failedSignIns == 0 && lockedUntilMs == null) {
            return false;
        }
        failedSignIns = 0;
        lockedUntilMs = null;
        return true;
    }
}
