package cedarpos.server.order;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.OrderId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Resolution;
import cedarpos.domain.merge.Stamp;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * Orders as the server holds them: one mergeable {@link OrderState} per order,
 * joined with every change that arrives, with rows materialized from it and its
 * conflicts kept in the review queue. Writes join the caller's transaction.
 */
public interface OrderService {

    /**
     * An order after a change: its whole state, and that state as the change record's payload, also as the
     * JSON text the order row and the change log store (written once, not once per use).
     */
    record AppliedOrder(OrderState state, JsonObject payload, String payloadText) {
        public AppliedOrder(OrderState state, JsonObject payload) {
            this(state, payload, payload.toString());
        }
    }

    /**
     * What a batch did: per delta the order after it, and the opened orders it changed as the merge now shows
     * them, each once, in the order the batch first changed them (the arrival order stock claims are decided in).
     */
    record AppliedBatch(List<AppliedOrder> perDelta, List<MergedOrder> changedOrders) {
        public AppliedBatch {
            perDelta = List.copyOf(perDelta);
            changedOrders = List.copyOf(changedOrders);
        }
    }

    /** A manager's resolution applied: the order after it, and the conflict's row. */
    record ResolvedConflict(AppliedOrder order, ConflictView conflict) {
    }

    /**
     * Joins each delta into its order's stored state, in turn, as if one after another in the caller's
     * transaction, with a few queries for the whole batch. An order not known yet is stored from its first
     * delta, even without its opening (a restored server may see edits first): nothing is lost.
     *
     * @param deltas already checked against their operation and stamp (Operations.checkOrder)
     * @return each order's state after its delta, one per delta, in the same order, and the changed orders merged
     * @throws OrderRejected with the {@linkplain OrderRejected#index() position} of the first refused delta: an
     *                       order of another branch or currency, a line id of another order, a line added twice
     *                       with different content
     */
    AppliedBatch applyAll(BranchId branch, Currency currency, List<OrderState> deltas);

    /**
     * Applies a manager's resolution of an open conflict of the branch.
     *
     * @throws cedarpos.server.platform.RequestRefused 404 UNKNOWN_CONFLICT, 409 CONFLICT_NOT_OPEN, 400
     *                                                 INVALID_RESOLUTION (the resolution does not fit the conflict)
     */
    ResolvedConflict resolve(BranchId branch, String conflictId, Resolution resolution, Stamp stamp, String by);

    /**
     * One page of the branch's opened orders that match {@code filter}, newest first (opening time descending, then
     * id): at most {@code limit} orders older than {@code after} (null for the newest), where the next page starts,
     * and how many match in all.
     */
    OrderPage listForBranch(BranchId branchId, OrderFilter filter, OrderPage.Position after, int limit);

    /** One opened order of the branch as the merge decides it, with its state and its review queue rows. */
    Optional<OrderDetail> find(BranchId branchId, OrderId orderId);

    /** The branch's conflicts, newest first; {@code status} OPEN, RESOLVED, or null for all. */
    List<ConflictView> conflicts(BranchId branchId, String status);
}
