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

    @Override
    public String toString() {
        return value.toString();
    }
}
