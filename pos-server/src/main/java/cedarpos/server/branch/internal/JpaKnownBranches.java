package cedarpos.server.branch.internal;

import cedarpos.domain.BranchId;
import cedarpos.server.platform.KnownBranches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The branch rows, for the guard of branch-scoped requests. */
@ApplicationScoped
public class JpaKnownBranches implements KnownBranches {
    @Inject
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean exists(BranchId branch) {
        return em.find(BranchEntity.class, branch.toString()) != null;
    }
}
