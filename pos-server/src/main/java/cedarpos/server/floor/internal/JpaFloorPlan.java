package cedarpos.server.floor.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.DiningTable;
import cedarpos.domain.TableId;
import cedarpos.server.floor.FloorPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JpaFloorPlan implements FloorPlan {
    @Inject
    private EntityManager em;

    @Override
    public List<DiningTable> tables(BranchId branch) {
        return rows(branch).stream()
                .map(t -> new DiningTable(new TableId(UUID.fromString(t.id())), t.label(), t.area(), t.seats()))
                .toList();
    }

    @Override
    public Map<String, String> areaNamesAr(BranchId branch) {
        Map<String, String> names = new TreeMap<>();
        em.createNamedQuery("TableAreaName.findInUse", AreaNameEntity.class).setParameter("branchId", branch.toString())
                .getResultStream().forEach(n -> names.put(n.area(), n.nameAr()));
        return names;
    }

    @Override
    public Set<TableId> tableIdsOf(BranchId branch) {
        Set<TableId> ids = new HashSet<>();
        for (DiningTableEntity t : rows(branch)) {
            // exactly the ids an order can name: a TableId matches a row by its canonical string
            try {
                TableId id = TableId.parse(t.id());
                if (id.toString().equals(t.id())) {
                    ids.add(id);
                }
            } catch (RuntimeException notAnId) {
                // no TableId has this string form, so no order can name it
            }
        }
        return ids;
    }

    private List<DiningTableEntity> rows(BranchId branch) {
        return em.createNamedQuery("DiningTable.findByBranch", DiningTableEntity.class)
                .setParameter("branchId", branch.toString()).getResultList();
    }
}
