package cedarpos.server.order.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.OrderId;
import cedarpos.domain.merge.LineState;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Resolution;
import cedarpos.domain.merge.Resolver;
import cedarpos.domain.merge.Stamp;
import cedarpos.protocol.v1.Jsons;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.server.order.ConflictView;
import cedarpos.server.order.OrderDetail;
import cedarpos.server.order.OrderFilter;
import cedarpos.server.order.OrderRejected;
import cedarpos.server.order.OrderPage;
import cedarpos.server.order.OrderService;
import cedarpos.server.order.OrderView;
import cedarpos.server.platform.RequestRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

@ApplicationScoped
public class JpaOrderService implements OrderService {
    private static final Logger LOG = Logger.getLogger(JpaOrderService.class.getName());

    @Inject
    private OrderRepository orders;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public AppliedBatch applyAll(BranchId branch, Currency currency, List<OrderState> deltas) {
        Set<String> orderIds = new LinkedHashSet<>();
        Set<String> addedLineIds = new LinkedHashSet<>();
        for (OrderState d : deltas) {
            orderIds.add(d.id().toString());
            d.lines().values().forEach(l -> {
                if (l.add() != null) {
                    addedLineIds.add(l.id().toString());
                }
            });
        }
        // one query per chunk for the batch: the stored orders (lines batch-fetched), and who holds the line ids
        Map<String, OrderEntity> known = orders.findAll(orderIds);
        Set<String> storedBefore = new LinkedHashSet<>(known.keySet());
        Map<String, String> lineOwners = orders.lineOwners(addedLineIds);
        Map<String, OrderState> states = new HashMap<>();
        Map<String, AppliedOrder> last = new LinkedHashMap<>();
        List<AppliedOrder> applied = new ArrayList<>(deltas.size());
        for (int k = 0; k < deltas.size(); k++) {
            OrderState delta = deltas.get(k);
            String orderId = delta.id().toString();
            OrderEntity row = known.get(orderId);
            if (row != null && !row.branchId().equals(branch.toString())) {
                throw new OrderRejected("order " + orderId + " belongs to another branch", k, true);
            }
            if (row != null && !row.currency().equals(currency.name())) {
                throw new OrderRejected("order " + orderId + " is kept in " + row.currency() + ", not " + currency, k);
            }
            OrderState current = states.get(orderId);
            if (current == null) {
                current = row == null ? OrderState.empty(delta.id()) : decode(row);
            }
            if (current.birth() != null && delta.birth() != null && !current.birth().equals(delta.birth())) {
                throw new OrderRejected("order " + orderId + " was already opened with another birth "
                        + current.birth(), k);
            }
            for (LineState line : delta.lines().values()) {
                if (line.add() == null) {
                    continue;
                }
                String lineId = line.id().toString();
                String owner = lineOwners.get(lineId);
                if (owner != null && !owner.equals(orderId)) {
                    throw new OrderRejected("line id " + lineId + " already belongs to another order", k);
                }
                LineState stored = current.line(line.id());
                if (stored != null && stored.add() != null && !stored.add().equals(line.add())) {
                    throw new OrderRejected("line " + lineId + " was already added with other content", k);
                }
                lineOwners.put(lineId, orderId);
            }
            OrderState next = current.join(delta);
            states.put(orderId, next);
            if (row == null) {
                row = new OrderEntity(orderId, branch.toString(), currency.name());
                orders.store(row);
                known.put(orderId, row);
            }
            AppliedOrder a = new AppliedOrder(next, OrderStateJson.encode(next, currency));
            applied.add(a);
            last.put(orderId, a);
        }
        Map<String, MergedOrder> merged = new LinkedHashMap<>();
        last.forEach((orderId, a) -> merged.put(orderId, Materializer.show(known.get(orderId), a.state(),
                a.payloadText())));
        // the review queue: only orders stored before this batch can have rows, and only those with conflicts
        // (or rows) need a look, so a batch of new orders costs no query here
        Set<String> toCheck = new LinkedHashSet<>();
        merged.forEach((orderId, m) -> {
            if (storedBefore.contains(orderId) || m != null && m.hasConflicts()) {
                toCheck.add(orderId);
            }
        });
        Map<String, List<OrderConflictEntity>> open = toCheck.isEmpty() ? Map.of() : orders.openConflicts(toCheck);
        for (String orderId : toCheck) {
            MergedOrder m = merged.get(orderId);
            List<OrderConflictEntity> rows = new ArrayList<>(open.getOrDefault(orderId, List.of()));
            ReviewQueue.sync(branch.toString(), orderId, last.get(orderId).state(), m == null ? List.of()
                    : m.conflicts(), rows, ReviewQueue.BY_MERGE, null, null, orders::store);
        }
        return new AppliedBatch(applied, merged.values().stream().filter(java.util.Objects::nonNull).toList());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public ResolvedConflict resolve(BranchId branch, String conflictId, Resolution resolution, Stamp stamp,
                                    String by) {
        OrderConflictEntity conflict = orders.conflict(conflictId);
        if (conflict == null || !conflict.branchId().equals(branch.toString())) {
            throw new RequestRefused(404, "UNKNOWN_CONFLICT", "no conflict " + conflictId + " in branch " + branch);
        }
        if (!conflict.isOpen()) {
            throw new RequestRefused(409, "CONFLICT_NOT_OPEN", "conflict " + conflictId + " was already resolved by "
                    + conflict.resolvedBy());
        }
        OrderEntity row = orders.find(conflict.orderId());
        OrderState state = decode(row);
        Currency currency = Currency.parse(row.currency());
        OrderState delta;
        try {
            delta = Resolver.resolve(state, conflict.key(), resolution, stamp, by);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new RequestRefused(400, "INVALID_RESOLUTION", e.getMessage());
        }
        OrderState next = state.join(delta);
        AppliedOrder applied = new AppliedOrder(next, OrderStateJson.encode(next, currency));
        MergedOrder merged = Materializer.show(row, next, applied.payloadText());
        List<OrderConflictEntity> open = new ArrayList<>(orders.openConflicts(List.of(row.id()))
                .getOrDefault(row.id(), List.of()));
        ReviewQueue.sync(row.branchId(), row.id(), next, merged == null ? List.of() : merged.conflicts(), open, by,
                conflict.key(), resolutionJson(resolution), orders::store);
        return new ResolvedConflict(applied, ReviewQueue.view(conflict));
    }

    private static String resolutionJson(Resolution r) {
        JsonObjectBuilder b = Jsons.objectBuilder().add("choice", r.choice().name());
        if (r.version() != null) {
            b.add("version", r.version().encode());
        }
        if (r.quantity() != null) {
            b.add("quantity", r.quantity());
        }
        if (r.note() != null) {
            b.add("note", r.note());
        }
        if (r.voided() != null) {
            b.add("voided", r.voided());
        }
        return b.build().toString();
    }

    /**
     * The stored state of an order. A row without state (a husk: header written, state never) means nothing
     * is known of the order yet, so the terminal's resend repairs it instead of failing on it forever.
     */
    static OrderState decode(OrderEntity row) {
        if (row.stateJson() == null) {
            LOG.warning(() -> "order " + row.id() + " branch=" + row.branchId() + " has no stored state;"
                    + " treating it as empty so the terminal's resend repairs it");
            return OrderState.empty(OrderId.parse(row.id()));
        }
        try (JsonReader r = Jsons.reader(new StringReader(row.stateJson()))) {
            return OrderStateJson.decode(r.readObject());
        } catch (ProtocolException e) {
            throw new IllegalStateException("stored state of order " + row.id() + " does not decode: "
                    + e.getMessage(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public OrderPage listForBranch(BranchId branchId, OrderFilter filter, OrderPage.Position after, int limit) {
        List<OrderView> rows = orders.search(branchId.toString(), filter, after, limit + 1).stream()
                .map(JpaOrderService::toView).toList();
        long matching = orders.count(branchId.toString(), filter);
        if (rows.size() <= limit) {
            return new OrderPage(rows, Optional.empty(), matching);
        }
        List<OrderView> page = rows.subList(0, limit);
        return new OrderPage(page, Optional.of(OrderPage.Position.of(page.get(limit - 1))), matching);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<OrderDetail> find(BranchId branchId, OrderId orderId) {
        OrderEntity row = orders.find(orderId.toString());
        if (row == null || !row.branchId().equals(branchId.toString())) {
            return Optional.empty();
        }
        OrderState state = decode(row);
        MergedOrder merged = state.merge();
        if (merged == null) {
            return Optional.empty();
        }
        return Optional.of(new OrderDetail(merged, state, Currency.parse(row.currency()),
                orders.conflictsOf(row.id()).stream().map(ReviewQueue::view).toList()));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<ConflictView> conflicts(BranchId branchId, String status) {
        return orders.conflictsOfBranch(branchId.toString(), status).stream().map(ReviewQueue::view).toList();
    }

    /** The row, with what only the state knows (who opened it, when it closed, what was paid and refunded). */
    private static OrderView toView(OrderEntity o) {
        OrderState state = decode(o);
        MergedOrder merged = state.merge();
        return new OrderView(o.id(), OrderId.parse(o.id()).number(), o.branchId(), o.tableId(), o.status(),
                o.payment(), o.currency(), o.openedBy(), merged == null ? null : merged.staffName(), o.openedAtMs(),
                OrderView.closedAtMs(state, merged), o.guests(), o.totalMinor(), OrderView.paidMinor(state, merged),
                merged == null ? 0 : merged.refunded().minor(), o.conflictCount(), o.lines().stream()
                .sorted(java.util.Comparator.comparingInt(OrderLineEntity::lineNo))
                .map(l -> new OrderView.OrderLineView(l.id(), l.lineNo(), l.menuItemId(), l.name(), l.quantity(),
                        l.unitPriceMinor(), l.note(), l.voided(), l.sent(),
                        l.flags().isEmpty() ? List.of() : Arrays.asList(l.flags().split(","))))
                .toList());
    }
}
