package cedarpos.server.order;

import cedarpos.domain.BranchId;
import cedarpos.domain.OrderSnapshot;
import java.util.List;

/** Orders as the server holds them. Writes join the caller's transaction. */
public interface OrderService {
    /**
     * Inserts the order if it is new; otherwise keeps the stored header and adds
     * every line not already stored (set union by line id).
     *
     * @return the reconciled order, as every terminal should now see it
     * @throws OrderRejected if the id belongs to an order of another branch
     */
    OrderSnapshot place(OrderSnapshot order);

    /**
     * {@link #place} for each order in turn, as if called one after another in the caller's transaction (an
     * order may appear more than once; a later copy unions into the earlier one's result), but with a few
     * queries for the whole batch instead of several per order. Nothing is written to the database before
     * the caller flushes or commits.
     *
     * @return the reconciled orders, one per given order, in the same order
     * @throws OrderRejected carrying the {@linkplain OrderRejected#index() position} of the first refused order
     */
    List<OrderSnapshot> placeAll(List<OrderSnapshot> orders);

    /** The branch's orders with their lines, newest first. */
    List<OrderView> listForBranch(BranchId branchId);
}
