package cedarpos.server.access.internal;

import cedarpos.domain.BranchId;
import cedarpos.server.access.AuditLog;
import cedarpos.server.access.Roles;
import cedarpos.server.platform.KnownBranches;
import cedarpos.server.platform.RequestRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Staff accounts: who may sign in to the HTTP API and the web admin, with which roles, on which branches. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class StaffDirectory {
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,60}");
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 200;
    /** Wrong passwords in a row that lock an account. */
    public static final int LOCK_AFTER = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCK_FOR = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(StaffDirectory.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private KnownBranches knownBranches;

    /**
     * Checks a name and password. A wrong password counts against the account: after {@link #LOCK_AFTER} in a row it
     * is locked for {@link #LOCK_FOR}, and while locked no password is checked at all (audited as ACCOUNT_LOCKED). A
     * good password starts the count again.
     */
    public SignIn authenticate(String username, char[] password) {
        StaffAccountEntity a = USERNAME.matcher(username).matches() ? em.find(StaffAccountEntity.class, username) : null;
        if (a == null) {
            PasswordHash.verifyDummy(password);
            return SignIn.REFUSED;
        }
        long now = System.currentTimeMillis();
        Long lockedUntil = a.lockedUntil(now);
        if (lockedUntil != null) {
            return SignIn.locked(lockedUntil);
        }
        if (a.disabled()) {
            PasswordHash.verifyDummy(password);
            return SignIn.REFUSED;
        }
        if (!PasswordHash.verify(password, a.passwordHash())) {
            return wrongPassword(username, now);
        }
        if (a.signedIn()) {
            // only after a wrong password: a good one alone writes nothing
            em.merge(a);
        }
        return SignIn.accepted(a.roles());
    }

    private SignIn wrongPassword(String username, long now) {
        StaffAccountEntity a = em.find(StaffAccountEntity.class, username, LockModeType.PESSIMISTIC_WRITE);
        Long lockedUntil = a.lockedUntil(now);
        if (lockedUntil != null) {
            // another request locked it meanwhile
            return SignIn.locked(lockedUntil);
        }
        long until = now + LOCK_FOR.toMillis();
        if (a.failedSignIn(LOCK_AFTER, until)) {
            audit.record("system", "ACCOUNT_LOCKED", null, username, LOCK_AFTER + " wrong passwords in a row; locked for "
                    + LOCK_FOR.toMinutes() + " min");
            LOG.warning(() -> "account locked user=" + username + " after " + LOCK_AFTER + " wrong passwords");
            return SignIn.locked(until);
        }
        return SignIn.REFUSED;
    }

    /** The account of a signed-in session, while it is enabled and not locked; empty once it is not. */
    public Optional<Account> activeAccount(String username) {
        StaffAccountEntity a = USERNAME.matcher(username).matches() ? em.find(StaffAccountEntity.class, username) : null;
        if (a == null || a.disabled() || a.lockedUntil(System.currentTimeMillis()) != null) {
            return Optional.empty();
        }
        return Optional.of(account(a));
    }

    /** Every account, by name. */
    public List<Account> accounts() {
        return em.createQuery("SELECT a FROM StaffAccount a ORDER BY a.username", StaffAccountEntity.class)
                .getResultStream().map(StaffDirectory::account).toList();
    }

    private static Account account(StaffAccountEntity a) {
        return new Account(a.username(), a.roles(),
                a.branches().stream().map(BranchId::parse).collect(Collectors.toCollection(LinkedHashSet::new)),
                a.disabled(), a.lockedUntil(System.currentTimeMillis()));
    }

    public boolean exists(String username) {
        return em.find(StaffAccountEntity.class, username) != null;
    }

    /**
     * Creates an account; refuses an invalid name, password or role set, a manager account without branches (or an
     * admin account with some: it works on every branch), an unknown branch, or a name already taken.
     */
    public void create(String username, char[] password, Set<String> roles, Set<BranchId> branches, String actor) {
        if (!USERNAME.matcher(username).matches()) {
            throw RequestRefused.invalidField("username", "username must be 1 to 60 letters, digits, '.', '_' or '-'");
        }
        if (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            throw RequestRefused.invalidField("password", "password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters");
        }
        if (roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
            throw RequestRefused.invalidField("roles", "roles must be a non-empty list of " + Roles.ALL);
        }
        if (roles.contains(Roles.ADMIN) && !branches.isEmpty()) {
            throw RequestRefused.invalidField("branches", "branches must be empty for an admin account: it works on"
                    + " every branch");
        }
        if (!roles.contains(Roles.ADMIN) && branches.isEmpty()) {
            throw RequestRefused.invalidField("branches", "branches must name at least one branch for a manager account");
        }
        for (BranchId b : branches) {
            if (!knownBranches.exists(b)) {
                throw RequestRefused.invalidField("branches", "branches: no branch " + b);
            }
        }
        if (em.find(StaffAccountEntity.class, username, LockModeType.PESSIMISTIC_WRITE) != null) {
            throw new RequestRefused(409, "STAFF_EXISTS", "a staff account named " + username + " exists");
        }
        Set<String> branchIds = branches.stream().map(BranchId::toString).collect(Collectors.toSet());
        em.persist(new StaffAccountEntity(username, PasswordHash.hash(password), roles, branchIds,
                LocalDateTime.now(ZoneOffset.UTC)));
        audit.record(actor, "STAFF_ACCOUNT_CREATED", null, username, "roles=" + String.join(",", roles)
                + (branchIds.isEmpty() ? "" : " branches=" + String.join(",", new TreeSet<>(branchIds))));
        LOG.info(() -> "staff account created user=" + username + " roles=" + roles + " by=" + actor);
    }

    /** Disables the account; its password stops working at once. */
    public void disable(String username, String actor) {
        StaffAccountEntity a = em.find(StaffAccountEntity.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new RequestRefused(404, "UNKNOWN_STAFF", "no staff account named " + username);
        }
        if (!a.disabled()) {
            a.disable();
            audit.record(actor, "STAFF_ACCOUNT_DISABLED", null, username, null);
        }
    }
}
