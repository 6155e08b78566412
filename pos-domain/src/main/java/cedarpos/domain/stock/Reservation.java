package cedarpos.domain.stock;

import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TerminalId;
import java.util.List;

/**
 * The server's decision on one order line's claim on stock. The line add (or a quantity change) is the
 * request: the server decides in arrival order, under its branch lock, and only the server writes this
 * record; terminals keep the newest {@link #version} they saw.
 *
 * <p>All three counts are in portions of the dish: {@code requested} is what the line asked for last,
 * {@code confirmed} what is held for it (sold portions included) and {@code consumed} what a settled check
 * took out of stock as a sale. A line that asked for more than could be held keeps what it had and is
 * {@link ReservationStatus#DENIED}.
 *
 * @param dish      the line's name, for alerts ("DO NOT PREPARE: 1 x Kibbeh Nayyeh")
 * @param orderedBy the terminal that took the order (the line add's origin): it tells the waiter and the kitchen
 * @param portions  the recipe when the line was first decided; later recipe changes do not touch it
 */
public record Reservation(OrderLineId line, OrderId order, MenuItemId menuItem, String dish, TerminalId orderedBy,
                          List<Portion> portions, int requested, int confirmed, int consumed, long version,
                          long decidedAtMs) {
    public static final int MAX_DISH = 200;

    public Reservation {
        if (line == null || order == null || menuItem == null || orderedBy == null) {
            throw new IllegalArgumentException("a reservation names its line, order, menu item and terminal");
        }
        if (dish == null || dish.isBlank() || dish.length() > MAX_DISH) {
            throw new IllegalArgumentException("a reservation names its dish in 1 to " + MAX_DISH + " characters");
        }
        portions = List.copyOf(portions);
        if (portions.isEmpty() || portions.size() > Recipe.MAX_PORTIONS) {
            throw new IllegalArgumentException("a reservation takes 1 to " + Recipe.MAX_PORTIONS
                    + " stock items, got " + portions.size());
        }
        new Recipe(menuItem, portions); // the same rules as a recipe: no stock item twice
        if (requested < 0 || consumed < 0 || consumed > confirmed) {
            throw new IllegalArgumentException("a reservation needs 0 <= consumed <= confirmed and requested >= 0,"
                    + " got requested " + requested + ", confirmed " + confirmed + ", consumed " + consumed);
        }
        if (confirmed > Math.max(requested, consumed)) {
            throw new IllegalArgumentException("a reservation cannot hold more than was requested: requested "
                    + requested + ", confirmed " + confirmed);
        }
        if (version < 0 || decidedAtMs < 0) {
            throw new IllegalArgumentException("a reservation's version and decision time cannot be negative");
        }
    }

    /** Portions held and not consumed: what this line takes from the available stock. */
    public int held() {
        return confirmed - consumed;
    }

    /** The last request could not be held. */
    public boolean denied() {
        return requested > confirmed;
    }

    /** Portions asked for but refused: what the kitchen must not prepare. */
    public int deniedPortions() {
        return Math.max(0, requested - confirmed);
    }

    /**
     * This decision refuses something that {@code before} (the previous decision a replica held, or null) did
     * not: the waiter and the kitchen must hear of it, once.
     */
    public boolean newDenialSince(Reservation before) {
        return denied() && (before == null || !before.denied() || before.requested() != requested);
    }

    /** The status as the server decided it. */
    public ReservationStatus status() {
        if (denied()) {
            return ReservationStatus.DENIED;
        }
        if (held() > 0) {
            return ReservationStatus.CONFIRMED;
        }
        return consumed > 0 ? ReservationStatus.CONSUMED : ReservationStatus.RELEASED;
    }

    /**
     * The status a replica shows for a line that now wants {@code want} portions: a change the server has not
     * decided yet is {@link ReservationStatus#PENDING} when it asks for more than is held.
     */
    public ReservationStatus statusFor(int want) {
        if (want == requested) {
            return status();
        }
        if (want > confirmed) {
            return ReservationStatus.PENDING;
        }
        if (want == 0) {
            return consumed > 0 ? ReservationStatus.CONSUMED : ReservationStatus.RELEASED;
        }
        return want <= consumed ? ReservationStatus.CONSUMED : ReservationStatus.CONFIRMED;
    }

    /** Portions a line wanting {@code want} still waits on the server for. */
    public int pendingFor(int want) {
        return statusFor(want) == ReservationStatus.PENDING ? want - confirmed : 0;
    }

    Reservation next(int requested, int confirmed, int consumed, long decidedAtMs) {
        return new Reservation(line, order, menuItem, dish, orderedBy, portions, requested, confirmed, consumed,
                version + 1, decidedAtMs);
    }
}
