package cedarpos.server.order.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderSnapshot;
import cedarpos.server.order.OrderRejected;
import cedarpos.server.order.OrderService;
import cedarpos.server.order.OrderView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaOrderService implements OrderService {
    @Inject
    private OrderRepository orders;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public OrderSnapshot place(OrderSnapshot incoming) {
        Optional<OrderEntity> found = orders.find(incoming.id().toString());
        if (found.isEmpty()) {
            for (OrderLine line : incoming.lines()) {
                requireUnusedLineId(line);
            }
            orders.store(OrderMapper.toNewEntity(incoming));
            return incoming;
        }
        OrderEntity stored = found.get();
        if (!stored.branchId().equals(incoming.branchId().toString())) {
            throw new OrderRejected("order " + incoming.id() + " belongs to another branch");
        }
        if (!stored.currency().equals(incoming.currency().name())) {
            throw new OrderRejected("order " + incoming.id() + " is kept in " + stored.currency() + ", not "
                    + incoming.currency());
        }
        OrderSnapshot merged = OrderMapper.toSnapshot(stored).unionLines(incoming);
        Set<String> present = new HashSet<>();
        stored.lines().forEach(l -> present.add(l.id()));
        for (OrderLine line : merged.lines()) {
            if (present.add(line.id().toString())) {
                requireUnusedLineId(line);
                OrderMapper.addLine(stored, line);
            }
        }
        stored.total(merged.total().minor());
        return merged;
    }

    /** Line ids are global keys; one reused from another order must not surface as a constraint failure. */
    private void requireUnusedLineId(OrderLine line) {
        if (orders.lineExists(line.id().toString())) {
            throw new OrderRejected("line id " + line.id() + " already belongs to another order");
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<OrderView> listForBranch(BranchId branchId) {
        return orders.findByBranch(branchId.toString()).stream().map(OrderMapper::toView).toList();
    }
}
