package cedarpos.server.inventory;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.StockAdjustment;
import cedarpos.domain.stock.StockItem;
import java.util.List;

/**
 * Stock items and their ledger of adjustments (levels are sums, so order of arrival does not matter and an id
 * counts once). Writes join the caller's transaction.
 */
public interface Stock {

    /** A stock item as a manager sees it: {@code available} = level - held. */
    record StockItemView(String id, String name, String unit, long level, long held, long available,
                         long version) {
    }

    record AdjustmentView(String id, String stockItemId, String reason, long delta, String note, String stamp,
                          String origin, long createdAtMs) {
    }

    /** An adjustment that names another branch's item, or reuses an id with other content; nothing was written. */
    class StockRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int index;

        public StockRejected(String message, int index) {
            super(message);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    /**
     * Records each adjustment whose id is new, with two queries for the batch, and moves its item's level.
     *
     * @return per adjustment, whether it was new (false: the same adjustment was already recorded)
     * @throws StockRejected when an item is not the branch's, or an id was recorded with other content
     */
    List<Boolean> recordAll(BranchId branch, List<StockAdjustment> adjustments, TerminalId origin);

    /** The branch's stock items with their levels, by name. */
    List<StockItemView> items(BranchId branch);

    /** The branch's stock items with their balances, for the catalog terminals receive. */
    List<StockItem> snapshot(BranchId branch);

    /**
     * A new stock item of the branch, with nothing in stock; audited as {@code actor}'s.
     *
     * @throws cedarpos.server.platform.RequestRefused 409 STOCK_ITEM_EXISTS when the branch has one of that name
     */
    StockItemView createItem(BranchId branch, String name, String unit, String actor);

    /** The branch's adjustments, newest first. */
    List<AdjustmentView> adjustments(BranchId branch);
}
