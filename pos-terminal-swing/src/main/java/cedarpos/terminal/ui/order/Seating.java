package cedarpos.terminal.ui.order;

import java.util.List;

/**
 * The seat and course new dishes go to, and what the seat and course strip offers.
 *
 * @param seats    how many seat buttons to show (the table's seats, at least {@value #MIN_SEATS})
 * @param seat     the selected seat, or null for the whole table
 * @param course   the selected course, or null when the order is not coursed
 * @param fireable courses of the saved order held in the kitchen, to fire
 */
public record Seating(int seats, Integer seat, Integer course, List<Integer> fireable) {
    public static final int MIN_SEATS = 4;
    public static final int MAX_SEATS = 8;
    public static final int COURSES = 3;

    public Seating {
        fireable = List.copyOf(fireable);
    }
}
