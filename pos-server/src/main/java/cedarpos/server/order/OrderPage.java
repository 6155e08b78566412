package cedarpos.server.order;

import cedarpos.server.platform.RequestRefused;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A page of a branch's orders, newest first. {@code next} is where the following page starts, empty on the
 * last page; the position is the last order's opening time and id, so orders arriving between two requests
 * neither shift nor repeat what a reader walks through. {@code matching} is how many orders the filter matches
 * in all, on every page.
 */
public record OrderPage(List<OrderView> orders, Optional<Position> next, long matching) {
    public OrderPage {
        orders = List.copyOf(orders);
    }

    /** The position after an order: {@code openedAtMs} then {@code id}, written {@code <openedAtMs>_<id>}. */
    public record Position(long openedAtMs, String id) {
        public static Position of(OrderView o) {
            return new Position(o.openedAtMs(), o.id());
        }

        /** Reads {@code <openedAtMs>_<id>} as {@link #toString()} writes it; 400 INVALID_FIELD otherwise. */
        public static Position parse(String text) {
            int sep = text.indexOf('_');
            if (sep > 0) {
                try {
                    long ms = Long.parseLong(text.substring(0, sep));
                    String id = text.substring(sep + 1);
                    if (ms >= 0 && UUID.fromString(id).toString().equals(id)) {
                        return new Position(ms, id);
                    }
                } catch (IllegalArgumentException e) {
                    // answered below
                }
            }
            throw RequestRefused.invalidField("after",
                    "after must be the nextAfter of an earlier page (<openedAtMs>_<id>)");
        }

        @Override
        public String toString() {
            return openedAtMs + "_" + id;
        }
    }
}
