package cedarpos.server.floor.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.TableStatus;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.TableState;
import cedarpos.server.floor.TableStatuses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaTableStatuses implements TableStatuses {
    @Inject
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TableState> applyAll(BranchId branch, List<TableState> changes) {
        Map<String, DiningTableEntity> tables = new HashMap<>();
        for (DiningTableEntity t : em.createNamedQuery("DiningTable.findByBranch", DiningTableEntity.class)
                .setParameter("branchId", branch.toString()).getResultList()) {
            tables.put(t.id(), t);
        }
        List<TableState> after = new ArrayList<>(changes.size());
        for (int k = 0; k < changes.size(); k++) {
            TableState change = changes.get(k);
            DiningTableEntity row = tables.get(change.id().toString());
            if (row == null) {
                throw new TableRejected("table " + change.id() + " is not a table of branch " + branch, k);
            }
            TableState stored = row.statusStamp() == null ? null
                    : TableState.of(change.id(), TableStatus.valueOf(row.status()), Stamp.parse(row.statusStamp()));
            TableState joined = change.join(stored);
            row.status(joined.value().name(), joined.status().stamp().encode());
            after.add(joined);
        }
        return after;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<TableView> tables(BranchId branch) {
        return em.createNamedQuery("DiningTable.findByBranch", DiningTableEntity.class)
                .setParameter("branchId", branch.toString()).getResultList().stream()
                .map(t -> new TableView(t.id(), t.label(), t.area(), t.seats(), t.status(), t.statusStamp()))
                .toList();
    }

}
