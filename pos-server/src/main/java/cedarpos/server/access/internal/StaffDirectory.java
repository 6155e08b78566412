package cedarpos.server.access.internal;

import cedarpos.server.access.AuditLog;
import cedarpos.server.access.Roles;
import cedarpos.server.platform.RequestRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Staff accounts: who may sign in to the HTTP API, with which roles. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class StaffDirectory {
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,60}");
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 200;
    private static final Logger LOG = Logger.getLogger(StaffDirectory.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** The account's roles if the password matches an enabled account. */
    public Optional<Set<String>> authenticate(String username, char[] password) {
        StaffAccountEntity a = USERNAME.matcher(username).matches() ? em.find(StaffAccountEntity.class, username) : null;
        if (a == null) {
            PasswordHash.verifyDummy(password);
            return Optional.empty();
        }
        if (!PasswordHash.verify(password, a.passwordHash()) || a.disabled()) {
            return Optional.empty();
        }
        return Optional.of(a.roles());
    }

    public boolean exists(String username) {
        return em.find(StaffAccountEntity.class, username) != null;
    }

    /** Creates an account; refuses an invalid name, password or role set, or a name already taken. */
    public void create(String username, char[] password, Set<String> roles, String actor) {
        if (!USERNAME.matcher(username).matches()) {
            throw RequestRefused.invalidField("username must be 1 to 60 letters, digits, '.', '_' or '-'");
        }
        if (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            throw RequestRefused.invalidField("password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters");
        }
        if (roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
            throw RequestRefused.invalidField("roles must be a non-empty list of " + Roles.ALL);
        }
        if (em.find(StaffAccountEntity.class, username, LockModeType.PESSIMISTIC_WRITE) != null) {
            throw new RequestRefused(409, "STAFF_EXISTS", "a staff account named " + username + " exists");
        }
        em.persist(new StaffAccountEntity(username, PasswordHash.hash(password), roles,
                LocalDateTime.now(ZoneOffset.UTC)));
        audit.record(actor, "STAFF_ACCOUNT_CREATED", null, username, "roles=" + String.join(",", roles));
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
