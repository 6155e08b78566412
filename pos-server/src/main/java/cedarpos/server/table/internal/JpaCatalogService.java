package cedarpos.server.table.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.TableId;
import cedarpos.protocol.v1.Catalog;
import cedarpos.server.platform.InLists;
import cedarpos.server.table.BranchInfo;
import cedarpos.server.table.CatalogService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JpaCatalogService implements CatalogService {
    @Inject
    private EntityManager em;

    @Override
    public Optional<BranchInfo> branch(BranchId branchId) {
        return Optional.ofNullable(em.find(BranchEntity.class, branchId.toString())).map(JpaCatalogService::toInfo);
    }

    @Override
    public Optional<Catalog> catalog(BranchId branchId) {
        BranchEntity b = em.find(BranchEntity.class, branchId.toString());
        if (b == null) {
            return Optional.empty();
        }
        Currency currency = Currency.parse(b.currency());
        List<DiningTable> tables = em.createNamedQuery("DiningTable.findByBranch", DiningTableEntity.class)
                .setParameter("branchId", b.id()).getResultList().stream()
                .map(t -> new DiningTable(new TableId(UUID.fromString(t.id())), t.label(), t.area(), t.seats()))
                .toList();
        List<MenuItem> menu = em.createNamedQuery("CatalogMenuItem.findActiveByBranch", MenuItemEntity.class)
                .setParameter("branchId", b.id()).getResultList().stream()
                .map(m -> new MenuItem(new MenuItemId(UUID.fromString(m.id())), m.category(), m.nameEn(),
                        m.nameAr(), Money.of(m.priceMinor(), currency), m.sortOrder()))
                .toList();
        return Optional.of(new Catalog(b.catalogVersion(), b.name(), currency, tables, menu));
    }

    @Override
    public boolean isTableOf(BranchId branchId, TableId tableId) {
        return em.createNamedQuery("DiningTable.countByBranchAndId", Long.class)
                .setParameter("branchId", branchId.toString()).setParameter("id", tableId.toString())
                .getSingleResult() > 0;
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
    public Set<TableId> tableIdsOf(BranchId branchId) {
        Set<TableId> ids = new HashSet<>();
        for (DiningTableEntity t : em.createNamedQuery("DiningTable.findByBranch", DiningTableEntity.class)
                .setParameter("branchId", branchId.toString()).getResultList()) {
            // exactly the ids isTableOf would accept: a TableId matches a row by its canonical string
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

    @Override
    public long bumpVersion(BranchId branchId) {
        BranchEntity b = em.find(BranchEntity.class, branchId.toString());
        if (b == null) {
            throw new IllegalArgumentException("no branch " + branchId);
        }
        return b.nextCatalogVersion();
    }

    @Override
    public BranchInfo createBranch(String name, Currency currency) {
        BranchEntity b = new BranchEntity(BranchId.random().toString(), name, currency.name());
        em.persist(b);
        return toInfo(b);
    }

    private static BranchInfo toInfo(BranchEntity b) {
        return new BranchInfo(BranchId.parse(b.id()), b.name(), Currency.parse(b.currency()), b.catalogVersion());
    }
}
