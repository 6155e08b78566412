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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class JpaOrderService implements OrderService {
    @Inject
    private OrderRepository orders;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public OrderSnapshot place(OrderSnapshot incoming) {
        return placeAll(List.of(incoming)).get(0);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OrderSnapshot> placeAll(List<OrderSnapshot> incoming) {
        Set<String> orderIds = new LinkedHashSet<>();
        Set<String> lineIds = new LinkedHashSet<>();
        for (OrderSnapshot order : incoming) {
            orderIds.add(order.id().toString());
            order.lines().forEach(l -> lineIds.add(l.id().toString()));
        }
        // every order of the batch as stored before it, then as this batch leaves it
        Map<String, OrderEntity> known = orders.findAll(orderIds);
        // every line id of the batch already taken, stored or by an earlier order of the batch: line to order id
        Map<String, String> lineOwners = orders.lineOwners(lineIds);
        List<OrderSnapshot> placed = new ArrayList<>(incoming.size());
        for (int k = 0; k < incoming.size(); k++) {
            OrderSnapshot order = incoming.get(k);
            String orderId = order.id().toString();
            OrderEntity stored = known.get(orderId);
            if (stored == null) {
                for (OrderLine line : order.lines()) {
                    requireUnusedLineId(line, lineOwners, k);
                }
                OrderEntity created = OrderMapper.toNewEntity(order);
                orders.store(created);
                known.put(orderId, created);
                order.lines().forEach(l -> lineOwners.put(l.id().toString(), orderId));
                placed.add(order);
                continue;
            }
            if (!stored.branchId().equals(order.branchId().toString())) {
                throw new OrderRejected("order " + order.id() + " belongs to another branch", k);
            }
            if (!stored.currency().equals(order.currency().name())) {
                throw new OrderRejected("order " + order.id() + " is kept in " + stored.currency() + ", not "
                        + order.currency(), k);
            }
            OrderSnapshot merged = OrderMapper.toSnapshot(stored).unionLines(order);
            Set<String> present = new HashSet<>();
            stored.lines().forEach(l -> present.add(l.id()));
            for (OrderLine line : merged.lines()) {
                if (present.add(line.id().toString())) {
                    requireUnusedLineId(line, lineOwners, k);
                    OrderMapper.addLine(stored, line);
                    lineOwners.put(line.id().toString(), orderId);
                }
            }
            stored.total(merged.total().minor());
            placed.add(merged);
        }
        return placed;
    }

    /** Line ids are global keys; one reused from another order must not surface as a constraint failure. */
    private static void requireUnusedLineId(OrderLine line, Map<String, String> lineOwners, int index) {
        if (lineOwners.containsKey(line.id().toString())) {
            throw new OrderRejected("line id " + line.id() + " already belongs to another order", index);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<OrderView> listForBranch(BranchId branchId) {
        return orders.findByBranch(branchId.toString()).stream().map(OrderMapper::toView).toList();
    }
}
