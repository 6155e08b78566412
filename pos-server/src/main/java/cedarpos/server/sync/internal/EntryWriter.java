package cedarpos.server.sync.internal;

import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.TableId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineState;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.StockAdjustment;
import cedarpos.domain.merge.TableState;
import cedarpos.domain.audit.AuditEvent;
import cedarpos.protocol.v1.AuditEventJson;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.Fields;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.StockAdjustmentJson;
import cedarpos.protocol.v1.TableStateJson;
import cedarpos.server.access.AuditLog;
import cedarpos.server.broadcast.ShiftsRecorded;
import cedarpos.server.inventory.Stock;
import cedarpos.server.till.TillShifts;
import cedarpos.server.order.OrderRejected;
import cedarpos.server.order.OrderService;
import cedarpos.server.branch.BranchInfo;
import cedarpos.server.branch.Branches;
import cedarpos.server.floor.FloorPlan;
import cedarpos.server.floor.TableStatuses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a push's entries one by one (entity, operation, payload, stamp, branch) and hands them to their
 * modules by kind, one call per kind for the whole batch. Kinds touch disjoint records, so applying all
 * orders, then all tables, then all adjustments gives each entry the state it would have had in turn.
 */
@ApplicationScoped
public class EntryWriter {
    @Inject
    private OrderService orders;

    @Inject
    private TableStatuses tables;

    @Inject
    private Stock stock;

    @Inject
    private Branches catalogs;

    @Inject
    private FloorPlan floor;

    @Inject
    private AuditLog audit;

    @Inject
    private TillShifts shifts;

    @Inject
    private Event<ShiftsRecorded> shiftsRecorded;

    /** A till's shift record as pushed: which shift, and the payload kept as it came. */
    private record ShiftEntry(OutboxEntry entry, UUID shiftId) {
    }

    /** A change record's payload, and the same as the JSON text the change log stores. */
    record Payload(JsonObject json, String text) {
        static Payload of(JsonObject json) {
            return new Payload(json, json.toString());
        }
    }

    /**
     * What the entries changed.
     *
     * @param payloads per entry its change record payload, or null when it changed nothing the log lacks
     * @param orders   the opened orders they changed, merged, in the order the entries first touched them
     * @param adjusted stock items whose level a new adjustment moved
     */
    record Applied(List<Payload> payloads, List<MergedOrder> orders, Set<StockItemId> adjusted) {
    }

    /**
     * @param positions per entry its position in the push, for messages and {@link EntryRefused#index()}
     * @throws EntryRefused naming the first entry found that cannot be applied
     */
    Applied apply(TerminalId terminal, BranchInfo branch, List<OutboxEntry> entries, List<Integer> positions)
            throws ProtocolException {
        List<Integer> orderAt = new ArrayList<>();
        List<OrderState> orderDeltas = new ArrayList<>();
        List<Integer> tableAt = new ArrayList<>();
        List<TableState> tableChanges = new ArrayList<>();
        List<Integer> stockAt = new ArrayList<>();
        List<StockAdjustment> adjustments = new ArrayList<>();
        List<AuditEvent> audited = new ArrayList<>();
        List<ShiftEntry> shiftEntries = new ArrayList<>();
        Set<TableId> branchTables = null;
        Set<MenuItemId> branchDishes = new HashSet<>();
        for (int k = 0; k < entries.size(); k++) {
            OutboxEntry e = entries.get(k);
            String at = "entries[" + positions.get(k) + "]";
            try {
                if (e.eventTimeMs() < 0) {
                    throw invalid(at + ".eventTimeMs must be at least 0, got " + e.eventTimeMs());
                }
                Stamp stamp = Operations.stampOf(e, terminal);
                if (Operations.ORDER.equals(e.entity()) && Operations.ORDER_OPERATIONS.contains(e.operation())) {
                    OrderState delta = order(at, e, stamp, branch);
                    if (delta.table() != null && delta.table().value() != null) {
                        if (branchTables == null) {
                            branchTables = floor.tableIdsOf(branch.id());
                        }
                        if (!branchTables.contains(delta.table().value())) {
                            throw invalid(at + ".payload.table " + delta.table().value() + " is not a table of branch "
                                    + branch.id());
                        }
                    }
                    requireDishesOfMenu(at, e, delta, branch, branchDishes);
                    orderAt.add(k);
                    orderDeltas.add(delta);
                } else if (Operations.TABLE.equals(e.entity()) && Operations.STATUS.equals(e.operation())) {
                    tableAt.add(k);
                    tableChanges.add(table(at, e, stamp));
                } else if (Operations.STOCK.equals(e.entity()) && Operations.ADJUST.equals(e.operation())) {
                    stockAt.add(k);
                    adjustments.add(adjustment(at, e, stamp));
                } else if (Operations.AUDIT.equals(e.entity()) && Operations.RECORD.equals(e.operation())) {
                    audited.add(auditEvent(at, e, terminal));
                } else if (Operations.SHIFT.equals(e.entity()) && Operations.SHIFT_OPERATIONS.contains(e.operation())) {
                    shiftEntries.add(new ShiftEntry(e, shiftId(at, e, stamp)));
                } else {
                    throw new ProtocolException(ErrorCode.UNKNOWN_OPERATION, at + ": entity \"" + abbreviate(e.entity())
                            + "\" with operation \"" + abbreviate(e.operation()) + "\" is not handled");
                }
            } catch (ProtocolException refused) {
                throw EntryRefused.of(positions.get(k), refused);
            } catch (IllegalArgumentException invalidContent) {
                // a domain constructor refusing the content (e.g. a negative eventTimeMs in the stamp)
                throw new EntryRefused(positions.get(k), ErrorCode.INVALID_PAYLOAD, at + ": "
                        + invalidContent.getMessage());
            }
        }
        Payload[] payloads = new Payload[entries.size()];
        List<MergedOrder> changedOrders = List.of();
        Set<StockItemId> adjusted = new LinkedHashSet<>();
        if (!orderDeltas.isEmpty()) {
            List<OrderService.AppliedOrder> applied;
            try {
                OrderService.AppliedBatch batch = orders.applyAll(branch.id(), branch.currency(), orderDeltas);
                applied = batch.perDelta();
                changedOrders = batch.changedOrders();
            } catch (OrderRejected r) {
                int position = positions.get(orderAt.get(Math.max(0, r.index())));
                throw new EntryRefused(position, r.otherBranch() ? ErrorCode.BRANCH_MISMATCH
                        : ErrorCode.INVALID_PAYLOAD, "entries[" + position + "]: " + r.getMessage());
            }
            for (int j = 0; j < applied.size(); j++) {
                payloads[orderAt.get(j)] = new Payload(applied.get(j).payload(), applied.get(j).payloadText());
            }
        }
        if (!tableChanges.isEmpty()) {
            List<TableState> after;
            try {
                after = tables.applyAll(branch.id(), tableChanges);
            } catch (TableStatuses.TableRejected r) {
                int position = positions.get(tableAt.get(Math.max(0, r.index())));
                throw EntryRefused.of(position, invalid("entries[" + position + "]: " + r.getMessage()));
            }
            for (int j = 0; j < after.size(); j++) {
                payloads[tableAt.get(j)] = Payload.of(TableStateJson.encode(after.get(j)));
            }
        }
        if (!adjustments.isEmpty()) {
            List<Boolean> recorded;
            try {
                recorded = stock.recordAll(branch.id(), adjustments, terminal);
            } catch (Stock.StockRejected r) {
                int position = positions.get(stockAt.get(Math.max(0, r.index())));
                throw EntryRefused.of(position, invalid("entries[" + position + "]: " + r.getMessage()));
            }
            for (int j = 0; j < recorded.size(); j++) {
                if (recorded.get(j)) {
                    payloads[stockAt.get(j)] = Payload.of(StockAdjustmentJson.encode(adjustments.get(j)));
                    adjusted.add(adjustments.get(j).item());
                }
            }
        }
        // the cash office's copy: nothing for other tills to apply, so no change record
        for (ShiftEntry s : shiftEntries) {
            shifts.record(branch.id(), terminal, s.entry().entryId(), s.entry().seq(), s.entry().operation(),
                    s.shiftId(), s.entry().eventTimeMs(), s.entry().payload().toString());
            JsonObject p = s.entry().payload();
            if (Operations.MOVEMENT.equals(s.entry().operation()) && "PAY_OUT".equals(p.getString("kind", null))) {
                // a pay-out takes cash out of the drawer on a manager's word: the trail names both
                audit.recordOnce(UUID.fromString(p.getString("id")), s.entry().eventTimeMs(),
                        p.getString("by", "?") + " (approved by " + p.getString("approvedBy", "?") + ")",
                        "TILL_PAY_OUT", branch.id(), s.shiftId().toString(), p.getJsonNumber("amountMinor")
                                + " " + p.getString("currency", "?") + " minor units; reason: "
                                + p.getString("reason", "?") + "; terminal " + terminal);
            }
        }
        if (!shiftEntries.isEmpty()) {
            // no change record says so: the admin's shifts page hears it once the push commits
            shiftsRecorded.fire(new ShiftsRecorded(branch.id()));
        }
        // the trail only: nothing for other tills to apply, so no change record
        for (AuditEvent a : audited) {
            audit.recordOnce(a.id(), a.atMs(), a.actor() + " (approved by " + a.approvedBy() + ")",
                    "TILL_" + a.action().name(), branch.id(), a.subject(), a.detail() + "; reason: " + a.reason()
                            + "; terminal " + terminal);
        }
        return new Applied(Arrays.asList(payloads), changedOrders, adjusted);
    }

    /**
     * A shift record is the till's own (its drawer, its count, its Z report): the server checks what it files it
     * under, the shift, and that it carries its entry's stamp, and keeps the rest as it came.
     */
    private static UUID shiftId(String at, OutboxEntry e, Stamp stamp) throws ProtocolException {
        Fields f = Fields.payload(e.payload());
        String s = f.string("s");
        if (!s.equals(stamp.encode())) {
            throw invalid(at + ": the shift record must carry the entry's stamp " + stamp + ", found " + s);
        }
        UUID id = f.uuid("id");
        if (Operations.MOVEMENT.equals(e.operation())) {
            UUID shift = f.uuid("shiftId");
            if (!e.recordId().equals(shift.toString())) {
                throw invalid(at + ".recordId must equal payload.shiftId " + shift);
            }
            String kind = f.string("kind");
            if (!kind.equals("PAY_IN") && !kind.equals("PAY_OUT")) {
                throw invalid(at + ".payload.kind must be PAY_IN or PAY_OUT");
            }
            f.longValue("amountMinor", 1, Long.MAX_VALUE);
            f.string("currency");
            f.string("reason");
            f.string("by");
            if (kind.equals("PAY_OUT")) {
                f.string("approvedBy");
            }
            return shift;
        }
        if (!e.recordId().equals(id.toString())) {
            throw invalid(at + ".recordId must equal payload.id " + id);
        }
        return id;
    }

    private static AuditEvent auditEvent(String at, OutboxEntry e, TerminalId terminal) throws ProtocolException {
        AuditEvent a;
        try {
            a = AuditEventJson.decode(e.payload());
        } catch (ProtocolException invalid) {
            throw invalid(at + "." + invalid.getMessage());
        }
        if (!a.terminalId().equals(terminal.value())) {
            throw invalid(at + ".payload.terminalId must be this connection's terminal " + terminal);
        }
        if (!e.recordId().equals(a.id().toString())) {
            throw invalid(at + ".recordId must equal payload.id " + a.id());
        }
        return a;
    }

    private static OrderState order(String at, OutboxEntry e, Stamp stamp, BranchInfo branch)
            throws ProtocolException {
        Currency currency;
        try {
            currency = OrderStateJson.currency(e.payload());
        } catch (ProtocolException invalid) {
            throw invalid(at + "." + invalid.getMessage());
        }
        if (currency != branch.currency()) {
            throw invalid(at + ".payload.currency must be the branch's " + branch.currency());
        }
        OrderState delta;
        try {
            delta = OrderStateJson.decode(e.payload());
        } catch (ProtocolException invalid) {
            throw invalid(at + "." + invalid.getMessage());
        }
        try {
            Operations.checkOrder(e.operation(), delta, stamp);
        } catch (IllegalArgumentException refused) {
            throw invalid(at + ": " + refused.getMessage());
        }
        if (!e.recordId().equals(delta.id().toString())) {
            throw invalid(at + ".recordId must equal payload.id " + delta.id());
        }
        if (delta.birth() != null && !delta.birth().branchId().equals(branch.id())) {
            throw new ProtocolException(ErrorCode.BRANCH_MISMATCH, at + ".payload.birth.branchId "
                    + delta.birth().branchId() + " is not this connection's branch " + branch.id());
        }
        return delta;
    }

    private static TableState table(String at, OutboxEntry e, Stamp stamp) throws ProtocolException {
        TableState t;
        try {
            t = TableStateJson.decode(e.payload());
        } catch (ProtocolException invalid) {
            throw invalid(at + "." + invalid.getMessage());
        }
        if (!t.status().stamp().equals(stamp)) {
            throw invalid(at + ": the status must carry the entry's stamp " + stamp + ", found "
                    + t.status().stamp());
        }
        if (!e.recordId().equals(t.id().toString())) {
            throw invalid(at + ".recordId must equal payload.id " + t.id());
        }
        return t;
    }

    private static StockAdjustment adjustment(String at, OutboxEntry e, Stamp stamp) throws ProtocolException {
        StockAdjustment a;
        try {
            a = StockAdjustmentJson.decode(e.payload());
        } catch (ProtocolException invalid) {
            throw invalid(at + "." + invalid.getMessage());
        }
        if (!a.stamp().equals(stamp)) {
            throw invalid(at + ": the adjustment must carry the entry's stamp " + stamp + ", found " + a.stamp());
        }
        if (a.reason() == StockAdjustment.Reason.SALE) {
            throw invalid(at + ".payload.reason SALE is written by the server when a check is settled; a terminal"
                    + " records DELIVERY, WASTE or COUNT");
        }
        if (!e.recordId().equals(a.id().toString())) {
            throw invalid(at + ".recordId must equal payload.id " + a.id());
        }
        return a;
    }

    /**
     * Every line the entry adds names a dish of the branch's menu (on sale or not); {@code known} holds the dishes
     * already found in this push, so a push asks the database about each dish once.
     */
    private void requireDishesOfMenu(String at, OutboxEntry e, OrderState delta, BranchInfo branch,
                                     Set<MenuItemId> known) throws ProtocolException {
        Set<MenuItemId> unseen = new LinkedHashSet<>();
        for (LineState line : delta.lines().values()) {
            if (line.add() != null && !known.contains(line.add().line().menuItemId())) {
                unseen.add(line.add().line().menuItemId());
            }
        }
        if (unseen.isEmpty()) {
            return;
        }
        known.addAll(catalogs.menuItemsAmong(branch.id(), unseen));
        for (LineState line : delta.lines().values()) {
            if (line.add() != null && !known.contains(line.add().line().menuItemId())) {
                throw invalid(at + ".payload.lines[" + lineIndex(e, line.id().toString()) + "].add.menuItemId "
                        + line.add().line().menuItemId() + " is not a dish of the menu of branch " + branch.id());
            }
        }
    }

    /** Where the line with this id sits in the entry's {@code payload.lines}. */
    private static int lineIndex(OutboxEntry e, String lineId) {
        var lines = e.payload().getJsonArray("lines");
        for (int i = 0; lines != null && i < lines.size(); i++) {
            if (lines.get(i) instanceof JsonObject l && lineId.equals(l.getString("id", null))) {
                return i;
            }
        }
        return -1;
    }

    private static ProtocolException invalid(String message) {
        return new ProtocolException(ErrorCode.INVALID_PAYLOAD, message);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
