package cedarpos.server.order;

import cedarpos.domain.BranchId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

/**
 * Sales figures read from the merged orders: a business day is a calendar day in {@link #zone()} (one zone for the
 * whole server, {@code cedarpos.sales.zone}, UTC by default), and a check belongs to the day it was opened.
 */
public interface Sales {
    /** The server's business-day zone. */
    ZoneId zone();

    /** Today in {@link #zone()}. */
    LocalDate today();

    /** The branch's figures of {@code day}, compared with the same weekday a week before. */
    DaySales ofBranch(BranchId branch, LocalDate day);

    /**
     * The totals of every branch that has orders and that {@code scope} accepts, by branch id. A branch that never
     * had an order is not listed: the order module knows branches only through their orders.
     */
    List<BranchSales> ofChain(Predicate<BranchId> scope, LocalDate day);
}
