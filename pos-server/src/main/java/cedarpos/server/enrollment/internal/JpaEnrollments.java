package cedarpos.server.enrollment.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.server.access.AuditLog;
import cedarpos.server.enrollment.Enrollment;
import cedarpos.server.enrollment.EnrolledTerminal;
import cedarpos.server.enrollment.Enrollments;
import cedarpos.server.enrollment.IssuedCode;
import cedarpos.server.enrollment.TokenCheck;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.platform.TypedCodes;
import cedarpos.server.branch.BranchInfo;
import cedarpos.server.branch.Branches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JpaEnrollments implements Enrollments {
    /** Tokens are 43 base64url characters; anything else cannot match and is not worth a query. */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{43}");

    @Inject
    private EntityManager em;

    @Inject
    private Branches catalogs;

    @Inject
    private AuditLog audit;

    @Override
    public IssuedCode createCode(BranchId branchId, Duration ttl, String actor) {
        if (catalogs.branch(branchId).isEmpty()) {
            throw new RequestRefused(404, "UNKNOWN_BRANCH", "no branch " + branchId);
        }
        String code = TypedCodes.newCode();
        long expiresAtMs = System.currentTimeMillis() + ttl.toMillis();
        em.persist(new EnrollmentCodeEntity(Secrets.sha256(TypedCodes.normalise(code).orElseThrow()), branchId.toString(),
                actor, now(), expiresAtMs));
        audit.record(actor, "ENROLLMENT_CODE_CREATED", branchId, null, "ttlSeconds=" + ttl.toSeconds());
        return new IssuedCode(code, branchId, expiresAtMs);
    }

    @Override
    public Enrollment enroll(String typedCode, TerminalId terminalId, String terminalName) {
        String normalised = TypedCodes.normalise(typedCode).orElseThrow(() -> RequestRefused.invalidField(
                "code must be " + TypedCodes.shape()));
        // locked: two terminals racing with one code cannot both win it
        EnrollmentCodeEntity code = em.find(EnrollmentCodeEntity.class, Secrets.sha256(normalised),
                LockModeType.PESSIMISTIC_WRITE);
        if (code == null) {
            throw new RequestRefused(404, "ENROLLMENT_CODE_UNKNOWN", "no such enrollment code");
        }
        if (code.used()) {
            throw new RequestRefused(410, "ENROLLMENT_CODE_USED", "this enrollment code was already used");
        }
        if (code.expiresAtMs() <= System.currentTimeMillis()) {
            throw new RequestRefused(410, "ENROLLMENT_CODE_EXPIRED", "this enrollment code has expired");
        }
        BranchInfo branch = catalogs.branch(BranchId.parse(code.branchId())).orElseThrow(() ->
                new RequestRefused(404, "ENROLLMENT_CODE_UNKNOWN", "the code's branch no longer exists"));
        LocalDateTime now = now();
        DeviceEntity device = em.find(DeviceEntity.class, terminalId.toString(), LockModeType.PESSIMISTIC_WRITE);
        boolean reEnrolled = device != null;
        if (device == null) {
            device = new DeviceEntity(terminalId.toString(), code.branchId(), terminalName, now);
            em.persist(device);
        } else if (!device.branchId().equals(code.branchId())) {
            throw new RequestRefused(409, "TERMINAL_ENROLLED_ELSEWHERE", "terminal " + terminalId
                    + " belongs to another branch; enroll it with a code of that branch or use a new terminal id");
        }
        String token = Secrets.newToken();
        device.issueToken(Secrets.sha256(token), terminalName, now);
        code.use(terminalId.toString(), now);
        audit.record("terminal:" + terminalId, reEnrolled ? "TERMINAL_RE_ENROLLED" : "TERMINAL_ENROLLED",
                branch.id(), terminalId.toString(), "name=" + terminalName);
        return new Enrollment(terminalId, branch.id(), branch.name(), token);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean isEnrolledIn(TerminalId terminalId, BranchId branchId) {
        DeviceEntity device = em.find(DeviceEntity.class, terminalId.toString());
        return device != null && device.branchId().equals(branchId.toString());
    }

    @Override
    public boolean revoke(TerminalId terminalId, String actor) {
        DeviceEntity device = em.find(DeviceEntity.class, terminalId.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (device == null) {
            throw new RequestRefused(404, "UNKNOWN_TERMINAL", "no terminal " + terminalId);
        }
        if (!device.hasLiveToken()) {
            return false;
        }
        device.revokeToken(now());
        audit.record(actor, "TERMINAL_TOKEN_REVOKED", BranchId.parse(device.branchId()), terminalId.toString(), null);
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<EnrolledTerminal> terminals(BranchId branchId) {
        return em.createQuery("SELECT d FROM Device d WHERE d.branchId = :b ORDER BY d.name, d.id", DeviceEntity.class)
                .setParameter("b", branchId.toString()).getResultStream()
                .map(d -> new EnrolledTerminal(TerminalId.parse(d.id()), d.name(),
                        d.enrolledAt().toInstant(ZoneOffset.UTC).toEpochMilli(), d.revoked()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<BranchId> branchOf(TerminalId terminalId) {
        return Optional.ofNullable(em.find(DeviceEntity.class, terminalId.toString()))
                .map(d -> BranchId.parse(d.branchId()));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public TokenCheck check(String token) {
        return check(token, LockModeType.NONE);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public TokenCheck checkForWrite(String token) {
        return check(token, LockModeType.PESSIMISTIC_WRITE);
    }

    private TokenCheck check(String token, LockModeType lock) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return TokenCheck.refused(TokenCheck.Status.UNKNOWN);
        }
        List<DeviceEntity> found = em.createNamedQuery("Device.findByTokenHash", DeviceEntity.class)
                .setParameter("tokenHash", Secrets.sha256(token)).setLockMode(lock).getResultList();
        if (found.isEmpty()) {
            return TokenCheck.refused(TokenCheck.Status.UNKNOWN);
        }
        DeviceEntity d = found.get(0);
        if (d.revoked()) {
            return TokenCheck.refused(TokenCheck.Status.REVOKED);
        }
        return TokenCheck.valid(TerminalId.parse(d.id()), BranchId.parse(d.branchId()));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

}
