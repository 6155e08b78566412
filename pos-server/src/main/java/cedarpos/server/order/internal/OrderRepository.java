package cedarpos.server.order.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Storage of the order aggregate (header plus lines). */
@ApplicationScoped
public class OrderRepository {
    /** Ids per IN list: well inside every supported database's bind-parameter limit. */
    private static final int IN_CHUNK = 500;

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

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_CHUNK)));
        }
        return chunks;
    }

    List<OrderEntity> findByBranch(String branchId) {
        return em.createNamedQuery("CustomerOrder.findByBranch", OrderEntity.class)
                .setParameter("branchId", branchId).getResultList();
    }
}
