package cedarpos.domain;

import java.util.UUID;

/** One line of an order, generated on the terminal that added it. */
public record OrderLineId(UUID value) {
    public OrderLineId {
        Ids.required(value, "order line id");
    }

    public static OrderLineId random() {
        return new OrderLineId(UUID.randomUUID());
    }

    public static OrderLineId parse(String text) {
        return new OrderLineId(Ids.uuid(text, "order line id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
