package cedarpos.domain;

import java.util.UUID;

/** A customer order (a check), generated on the terminal that opened it. */
public record OrderId(UUID value) {
    public OrderId {
        Ids.required(value, "order id");
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    public static OrderId parse(String text) {
        return new OrderId(Ids.uuid(text, "order id"));
    }

    /**
     * The short number staff call the order by on tickets, receipts and the manager's pages ("order 0427"): the last
     * four decimal digits of the id's low bits. Every till and the server derive the same number from the id with no
     * counter to share (an order born on one till may be sent from another, offline); two orders of a day can share
     * one, which the table and the time tell apart.
     */
    public String number() {
        return String.format("%04d", Long.remainderUnsigned(value.getLeastSignificantBits(), 10_000));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
