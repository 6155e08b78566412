package cedarpos.server.inventory.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItemId;
import cedarpos.server.inventory.Availability;
import cedarpos.server.inventory.MenuAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JpaMenuAvailability implements MenuAvailability {
    @Inject
    private EntityManager em;

    @Override
    public Availability of(BranchId branchId, MenuItemId itemId) {
        SellableItemEntity item = em.find(SellableItemEntity.class, itemId.toString());
        if (item == null || !item.branchId().equals(branchId.toString())) {
            return Availability.NOT_ON_MENU;
        }
        return item.active() ? Availability.AVAILABLE : Availability.UNAVAILABLE;
    }

    @Override
    public Set<MenuItemId> unavailable(BranchId branchId) {
        return em.createNamedQuery("SellableItem.findInactiveByBranch", String.class)
                .setParameter("branchId", branchId.toString()).getResultList().stream()
                .map(MenuItemId::parse).collect(Collectors.toUnmodifiableSet());
    }
}
