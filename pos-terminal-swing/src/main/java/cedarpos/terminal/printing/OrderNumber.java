package cedarpos.terminal.printing;

import cedarpos.domain.OrderId;

/**
 * The short number staff call an order by on tickets and the queue ("order 0427"): the last four decimal digits of
 * the order id's low bits. Every terminal and the server derive the same number from the id with no counter to
 * share (an order born on one till may be sent from another, offline); two orders of a day can share one, which the
 * table and the time on the ticket tell apart.
 */
public final class OrderNumber {
    private OrderNumber() {
    }

    public static String of(OrderId id) {
        return id.number();
    }
}
