package cedarpos.server.inventory.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.StockAdjustment;
import cedarpos.domain.stock.StockBalance;
import cedarpos.domain.stock.StockItem;
import cedarpos.server.inventory.Stock;
import cedarpos.server.platform.InLists;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.access.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

@ApplicationScoped
public class JpaStock implements Stock {
    @Inject
    private AuditLog audit;

    @Inject
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Boolean> recordAll(BranchId branch, List<StockAdjustment> adjustments, TerminalId origin) {
        Map<String, StockItemEntity> items = new HashMap<>();
        em.createNamedQuery("StockItem.findByBranch", StockItemEntity.class).setParameter("branchId",
                branch.toString()).getResultList().forEach(i -> items.put(i.id(), i));
        Map<String, StockAdjustmentEntity> stored = new HashMap<>();
        List<String> ids = adjustments.stream().map(a -> a.id().toString()).distinct().toList();
        for (List<String> chunk : InLists.chunks(ids)) {
            em.createQuery("SELECT a FROM StockAdjustment a WHERE a.id IN :ids", StockAdjustmentEntity.class)
                    .setParameter("ids", chunk).getResultList().forEach(a -> stored.put(a.id(), a));
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<Boolean> recorded = new ArrayList<>(adjustments.size());
        for (int k = 0; k < adjustments.size(); k++) {
            StockAdjustment a = adjustments.get(k);
            StockItemEntity item = items.get(a.item().toString());
            if (item == null) {
                throw new StockRejected("stock item " + a.item() + " is not a stock item of branch " + branch, k);
            }
            StockAdjustmentEntity same = stored.get(a.id().toString());
            if (same != null) {
                if (!same.branchId().equals(branch.toString()) || !sameContent(same, a)) {
                    throw new StockRejected("adjustment " + a.id() + " was already recorded with other content", k);
                }
                recorded.add(false);
                continue;
            }
            StockAdjustmentEntity row = new StockAdjustmentEntity(a.id().toString(), branch.toString(),
                    a.item().toString(), a.reason().name(), a.delta(), a.note(), a.stamp().encode(),
                    origin.toString(), now);
            em.persist(row);
            item.adjust(a.delta());
            stored.put(row.id(), row);
            recorded.add(true);
        }
        return recorded;
    }

    private static boolean sameContent(StockAdjustmentEntity row, StockAdjustment a) {
        return row.stockItemId().equals(a.item().toString()) && row.reason().equals(a.reason().name())
                && row.delta() == a.delta() && Objects.equals(row.note(), a.note())
                && row.stamp().equals(a.stamp().encode());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<StockItemView> items(BranchId branch) {
        return byBranch(branch).stream().map(i -> {
            StockBalance b = i.balance();
            return new StockItemView(i.id(), i.name(), i.unit(), b.level(), b.held(), b.available(), b.version());
        }).toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<StockItem> snapshot(BranchId branch) {
        return byBranch(branch).stream().map(i -> new StockItem(StockItemId.parse(i.id()), i.name(), i.unit(),
                i.balance())).toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public StockItemView createItem(BranchId branch, String name, String unit, String actor) {
        StockItem checked;
        try {
            StockItemId id = StockItemId.random();
            checked = new StockItem(id, name, unit, new StockBalance(id, 0, 0, 0));
        } catch (IllegalArgumentException e) {
            throw RequestRefused.invalidField(e.getMessage());
        }
        if (byBranch(branch).stream().anyMatch(i -> i.name().equalsIgnoreCase(checked.name()))) {
            throw new RequestRefused(409, "STOCK_ITEM_EXISTS", "branch " + branch + " already has a stock item named "
                    + checked.name());
        }
        StockItemEntity item = new StockItemEntity(checked.id().toString(), branch.toString(), checked.name(),
                checked.unit());
        em.persist(item);
        audit.record(actor, "STOCK_ITEM_CREATED", branch, item.id(), "name=" + item.name() + " unit=" + item.unit());
        return new StockItemView(item.id(), item.name(), item.unit(), 0, 0, 0, 0);
    }

    private List<StockItemEntity> byBranch(BranchId branch) {
        return em.createNamedQuery("StockItem.findByBranch", StockItemEntity.class)
                .setParameter("branchId", branch.toString()).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<AdjustmentView> adjustments(BranchId branch) {
        return em.createNamedQuery("StockAdjustment.findByBranch", StockAdjustmentEntity.class)
                .setParameter("branchId", branch.toString()).getResultList().stream()
                .map(a -> new AdjustmentView(a.id(), a.stockItemId(), a.reason(), a.delta(), a.note(), a.stamp(),
                        a.origin(), a.createdAt().toInstant(ZoneOffset.UTC).toEpochMilli()))
                .toList();
    }
}
