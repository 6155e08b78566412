package cedarpos.server.order.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Storage of the order aggregate (header plus lines). */
@ApplicationScoped
public class OrderRepository {
    @Inject
    private EntityManager em;

    Optional<OrderEntity> find(String id) {
        return Optional.ofNullable(em.find(OrderEntity.class, id));
    }

    void store(OrderEntity order) {
        if (!em.contains(order)) {
            em.persist(order);
        }
    }

    boolean lineExists(String lineId) {
        return em.find(OrderLineEntity.class, lineId) != null;
    }

    List<OrderEntity> findByBranch(String branchId) {
        return em.createNamedQuery("CustomerOrder.findByBranch", OrderEntity.class)
                .setParameter("branchId", branchId).getResultList();
    }
}
