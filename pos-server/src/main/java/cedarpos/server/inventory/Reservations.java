package cedarpos.server.inventory;

import cedarpos.domain.BranchId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.stock.ReservationStatus;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.server.changelog.BranchLock;
import java.util.List;
import java.util.Set;

/**
 * Order lines' claims on stock, decided by the server in arrival order (cedarpos.domain.stock.Allocation): the
 * caller holds the branch lock, so claims of one branch are decided one after another and no portion is sold
 * twice. Decisions, the sales of settled checks and the new balances become change-log records every terminal of
 * the branch receives.
 */
public interface Reservations {

    /** A decision as a manager sees it; counts in portions of the dish, {@code portions} per stock item. */
    record ReservationView(String lineId, String orderId, String menuItemId, String dish, String orderedBy,
                           int requested, int confirmed, int consumed, int held, int denied, String status,
                           long version, long decidedAtMs, List<PortionView> portions) {
    }

    record PortionView(String stockItemId, long perPortion) {
    }

    /** A dish that cannot be made now, and the stock items that stop it. */
    record SoldOutView(String menuItemId, String name, List<String> limitedBy) {
    }

    /**
     * Decides the claims of the lines of {@code orders} (in this order, line by line: the arrival order), consumes
     * what settled checks hold, and reports the balances of every item this changed or {@code adjusted} names.
     * Joins the caller's transaction, which holds the branch lock; the records are appended to the change log
     * under it, with the server as their origin.
     *
     * @param orders   orders as merged after the change, in the order the change touched them
     * @param adjusted stock items whose level an adjustment of this transaction moved
     * @return the records appended, in seq order (committed at {@code nowMs})
     */
    List<ChangeRecord> reconcile(BranchLock lock, List<MergedOrder> orders, Set<StockItemId> adjusted, long nowMs);

    /** The branch's reservations, newest decision first; {@code status} null for all. */
    List<ReservationView> list(BranchId branch, ReservationStatus status);

    /** The 86 list: active dishes of the branch whose recipe the available stock cannot make once more. */
    List<SoldOutView> soldOut(BranchId branch);
}
