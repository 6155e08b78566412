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

    /** The branch's orders with their lines, newest first. */
    List<OrderView> listForBranch(BranchId branchId);
}
