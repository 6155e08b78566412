package cedarpos.server.order.internal;

import static cedarpos.server.platform.InLists.chunks;

import jakarta.enterprise.context.ApplicationScoped;
import cedarpos.server.order.OrderFilter;
import cedarpos.server.order.OrderPage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Storage of the order aggregate (header plus lines). */
@ApplicationScoped
public class OrderRepository {
    @Inject
    private EntityManager em;

    void store(OrderEntity order) {
        if (!em.contains(order)) {
            em.persist(order);
        }
    }

    /** The stored orders among the ids, by id, with their lines loaded in a second query per chunk. */
    Map<String, OrderEntity> findAll(Collection<String> ids) {
        Map<String, OrderEntity> found = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            for (OrderEntity o : em.createQuery("SELECT o FROM CustomerOrder o WHERE o.id IN :ids", OrderEntity.class)
                    .setParameter("ids", chunk)
                    // EclipseLink: read the lines of all these orders in one more query (IN), not one per order
                    .setHint("eclipselink.batch", "o.lines")
                    .setHint("eclipselink.batch.type", "IN")
                    .getResultList()) {
                found.put(o.id(), o);
            }
        }
        return found;
    }

    /** The stored lines among the ids: line id to the id of the order holding it. */
    Map<String, String> lineOwners(Collection<String> lineIds) {
        Map<String, String> owners = new HashMap<>();
        for (List<String> chunk : chunks(lineIds)) {
            for (Object[] row : em.createQuery("SELECT l.id, l.order.id FROM OrderLine l WHERE l.id IN :ids",
                    Object[].class).setParameter("ids", chunk).getResultList()) {
                owners.put((String) row[0], (String) row[1]);
            }
        }
        return owners;
    }

    /** The OPEN review queue rows of these orders, by order id. */
    Map<String, List<OrderConflictEntity>> openConflicts(Collection<String> orderIds) {
        Map<String, List<OrderConflictEntity>> open = new HashMap<>();
        for (List<String> chunk : chunks(orderIds)) {
            for (OrderConflictEntity c : em.createQuery("SELECT c FROM OrderConflict c WHERE c.orderId IN :ids"
                    + " AND c.status = 'OPEN'", OrderConflictEntity.class).setParameter("ids", chunk).getResultList()) {
                open.computeIfAbsent(c.orderId(), k -> new ArrayList<>()).add(c);
            }
        }
        return open;
    }

    void store(OrderConflictEntity conflict) {
        em.persist(conflict);
    }

    OrderConflictEntity conflict(String id) {
        return em.find(OrderConflictEntity.class, id);
    }

    OrderEntity find(String id) {
        return em.find(OrderEntity.class, id);
    }

    List<OrderConflictEntity> conflictsOf(String orderId) {
        return em.createNamedQuery("OrderConflict.findByOrder", OrderConflictEntity.class)
                .setParameter("orderId", orderId).getResultList();
    }

    List<OrderConflictEntity> conflictsOfBranch(String branchId, String status) {
        if (status == null) {
            return em.createNamedQuery("OrderConflict.findByBranch", OrderConflictEntity.class)
                    .setParameter("branchId", branchId).getResultList();
        }
        return em.createNamedQuery("OrderConflict.findByBranchAndStatus", OrderConflictEntity.class)
                .setParameter("branchId", branchId).setParameter("status", status).getResultList();
    }

    /**
     * At most {@code max} opened orders of the branch that match the filter, newest first, after the position
     * (null: from the newest). Built from the filter's parts rather than named: every condition is optional. A day
     * reads ix_customer_order_branch (branch, opening time); without one, the branch's orders in opening order.
     */
    List<OrderEntity> search(String branchId, OrderFilter filter, OrderPage.Position after, int max) {
        StringBuilder jpql = new StringBuilder("SELECT o FROM CustomerOrder o WHERE ").append(where(filter));
        if (after != null) {
            jpql.append(" AND (o.openedAtMs < :afterMs OR (o.openedAtMs = :afterMs AND o.id > :afterId))");
        }
        TypedQuery<OrderEntity> q = em.createQuery(jpql.append(" ORDER BY o.openedAtMs DESC, o.id").toString(),
                OrderEntity.class);
        bind(q, branchId, filter);
        if (after != null) {
            q.setParameter("afterMs", after.openedAtMs()).setParameter("afterId", after.id());
        }
        return q.setMaxResults(max)
                .setHint("eclipselink.batch", "o.lines").setHint("eclipselink.batch.type", "IN").getResultList();
    }

    /** How many opened orders of the branch match the filter. */
    long count(String branchId, OrderFilter filter) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(o) FROM CustomerOrder o WHERE " + where(filter), Long.class);
        bind(q, branchId, filter);
        return q.getSingleResult();
    }

    private static String where(OrderFilter f) {
        StringBuilder w = new StringBuilder("o.branchId = :branchId AND o.status IS NOT NULL");
        if (f.fromMs() != null) {
            w.append(" AND o.openedAtMs >= :fromMs AND o.openedAtMs < :toMs");
        }
        if (f.table() != null) {
            w.append(" AND o.tableId = :tableId");
        }
        if (f.terminal() != null) {
            w.append(" AND o.openedBy = :terminalId");
        }
        if (!f.statuses().isEmpty()) {
            w.append(" AND o.status IN :statuses");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, String branchId, OrderFilter f) {
        q.setParameter("branchId", branchId);
        if (f.fromMs() != null) {
            q.setParameter("fromMs", f.fromMs()).setParameter("toMs", f.toMs());
        }
        if (f.table() != null) {
            q.setParameter("tableId", f.table().toString());
        }
        if (f.terminal() != null) {
            q.setParameter("terminalId", f.terminal().toString());
        }
        if (!f.statuses().isEmpty()) {
            q.setParameter("statuses", f.statuses().stream().map(Enum::name).sorted().toList());
        }
    }
}
