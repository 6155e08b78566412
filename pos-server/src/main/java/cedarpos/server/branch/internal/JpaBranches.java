package cedarpos.server.branch.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.server.access.AuditLog;
import cedarpos.server.platform.InLists;
import cedarpos.server.branch.BranchInfo;
import cedarpos.server.branch.Branches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JpaBranches implements Branches {
    @Inject
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Override
    public Optional<BranchInfo> branch(BranchId branchId) {
        return Optional.ofNullable(em.find(BranchEntity.class, branchId.toString())).map(JpaBranches::toInfo);
    }

    @Override
    public List<BranchInfo> branches() {
        return em.createQuery("SELECT b FROM CatalogBranch b ORDER BY b.name, b.id", BranchEntity.class).getResultStream()
                .map(JpaBranches::toInfo).toList();
    }

    @Override
    public Map<MenuItemId, String> categories(BranchId branchId, Collection<MenuItemId> dishes) {
        Map<MenuItemId, String> categories = new HashMap<>();
        List<String> ids = dishes.stream().map(MenuItemId::toString).distinct().toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            for (Object[] row : em.createQuery("SELECT m.id, m.category FROM CatalogMenuItem m"
                            + " WHERE m.branchId = :b AND m.id IN :ids", Object[].class)
                    .setParameter("b", branchId.toString()).setParameter("ids", chunk).getResultList()) {
                categories.put(MenuItemId.parse((String) row[0]), (String) row[1]);
            }
        }
        return categories;
    }

    @Override
    public List<MenuItem> menu(BranchId branchId) {
        BranchEntity b = em.find(BranchEntity.class, branchId.toString());
        if (b == null) {
            return List.of();
        }
        Currency currency = Currency.parse(b.currency());
        return em.createNamedQuery("CatalogMenuItem.findActiveByBranch", MenuItemEntity.class)
                .setParameter("branchId", b.id()).getResultList().stream()
                .map(m -> new MenuItem(new MenuItemId(UUID.fromString(m.id())), m.category(), m.nameEn(),
                        m.nameAr(), Money.of(m.priceMinor(), currency), m.sortOrder()))
                .toList();
    }

    @Override
    public Map<String, String> categoryNamesAr(BranchId branchId) {
        // two queries, not EXISTS: EclipseLink writes a boolean inside a subquery as 1, which H2 refuses
        Set<String> onSale = new HashSet<>(em.createQuery("SELECT DISTINCT m.category FROM CatalogMenuItem m"
                + " WHERE m.branchId = :b AND m.active = TRUE", String.class).setParameter("b", branchId.toString())
                .getResultList());
        Map<String, String> names = new java.util.TreeMap<>();
        em.createNamedQuery("MenuCategoryName.findByBranch", CategoryNameEntity.class)
                .setParameter("branchId", branchId.toString()).getResultStream()
                .filter(n -> onSale.contains(n.category())).forEach(n -> names.put(n.category(), n.nameAr()));
        return names;
    }

    @Override
    public Set<MenuItemId> menuItemsAmong(BranchId branchId, Collection<MenuItemId> among) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : InLists.chunks(among.stream().map(MenuItemId::toString).distinct().toList())) {
            found.addAll(em.createNamedQuery("CatalogMenuItem.idsOfBranch", String.class)
                    .setParameter("branchId", branchId.toString()).setParameter("ids", new ArrayList<>(chunk))
                    .getResultList());
        }
        Set<MenuItemId> known = new HashSet<>();
        for (MenuItemId item : among) {
            if (found.contains(item.toString())) {
                known.add(item);
            }
        }
        return known;
    }

    @Override
    public long bumpVersion(BranchId branchId) {
        BranchEntity b = em.find(BranchEntity.class, branchId.toString());
        if (b == null) {
            throw new IllegalArgumentException("no branch " + branchId);
        }
        return b.nextCatalogVersion();
    }

    @Override
    public BranchInfo createBranch(String name, Currency currency, String actor) {
        BranchEntity b = new BranchEntity(BranchId.random().toString(), name, currency.name());
        em.persist(b);
        // written now, so the same transaction can take the new branch's lock (another mapping of the row)
        em.flush();
        audit.record(actor, "BRANCH_CREATED", BranchId.parse(b.id()), b.id(), "name=" + name + " currency="
                + currency);
        return toInfo(b);
    }

    private static BranchInfo toInfo(BranchEntity b) {
        return new BranchInfo(BranchId.parse(b.id()), b.name(), Currency.parse(b.currency()), b.catalogVersion());
    }
}
