package cedarpos.server.access.internal;

import cedarpos.domain.BranchId;
import cedarpos.server.access.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JpaAuditLog implements AuditLog {
    private static final Logger LOG = Logger.getLogger(JpaAuditLog.class.getName());

    @Inject
    private EntityManager em;

    @Override
    public void record(String actor, String action, BranchId branch, String subject, String detail) {
        em.persist(new AuditEventEntity(UUID.randomUUID().toString(), System.currentTimeMillis(), clip(actor, 100),
                action, branch == null ? null : branch.toString(), clip(subject, 100), clip(detail, 1000)));
        LOG.info(() -> "audit actor=" + actor + " action=" + action + " branch=" + branch + " subject=" + subject);
    }

    @Override
    public boolean recordOnce(UUID id, long atMs, String actor, String action, BranchId branch, String subject,
                              String detail) {
        if (em.find(AuditEventEntity.class, id.toString()) != null) {
            return false;
        }
        em.persist(new AuditEventEntity(id.toString(), atMs, clip(actor, 100), action,
                branch == null ? null : branch.toString(), clip(subject, 100), clip(detail, 1000)));
        LOG.info(() -> "audit id=" + id + " actor=" + actor + " action=" + action + " branch=" + branch
                + " subject=" + subject);
        return true;
    }

    @Override
    public List<Entry> recent(BranchId branch, int limit) {
        return em.createNamedQuery("AuditEvent.findByBranch", AuditEventEntity.class)
                .setParameter("branchId", branch.toString()).setMaxResults(limit).getResultList().stream()
                .map(a -> new Entry(a.atMs(), a.actor(), a.action(), a.subject(), a.detail())).toList();
    }

    @Override
    public List<Entry> about(BranchId branch, String subject, int limit) {
        return em.createQuery("SELECT a FROM AuditEvent a WHERE a.branchId = :b AND a.subject = :s"
                        + " ORDER BY a.atMs DESC, a.id DESC", AuditEventEntity.class)
                .setParameter("b", branch.toString()).setParameter("s", subject).setMaxResults(limit)
                .getResultStream().map(a -> new Entry(a.atMs(), a.actor(), a.action(), a.subject(), a.detail()))
                .toList();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
