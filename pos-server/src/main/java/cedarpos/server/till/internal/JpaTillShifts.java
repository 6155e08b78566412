package cedarpos.server.till.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.server.till.TillShifts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JpaTillShifts implements TillShifts {
    @Inject
    private EntityManager em;

    @Override
    public void record(BranchId branch, TerminalId terminal, UUID entryId, long seq, String operation, UUID shiftId,
                       long atMs, String payload) {
        em.persist(new TillShiftRecordEntity(entryId.toString(), branch.toString(), terminal.toString(), seq,
                shiftId.toString(), operation, atMs, payload));
    }

    @Override
    public List<ShiftRecord> recent(BranchId branch, int limit) {
        return em.createNamedQuery("TillShiftRecord.findByBranch", TillShiftRecordEntity.class)
                .setParameter("branchId", branch.toString()).setMaxResults(limit).getResultList().stream()
                .map(r -> new ShiftRecord(TerminalId.parse(r.terminalId()), UUID.fromString(r.shiftId()),
                        r.operation(), r.atMs(), Json.createReader(new StringReader(r.payload())).readObject()))
                .toList();
    }
}
