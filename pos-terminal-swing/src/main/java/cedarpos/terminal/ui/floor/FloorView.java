package cedarpos.terminal.ui.floor;

import java.util.List;

/** The floor plan as its presenter drives it. Every method is called on the EDT. */
public interface FloorView {
    /** The tables of each area (hall, terrace, bar), areas in floor-plan order. */
    void showFloor(List<FloorArea> areas);

    /** A line under the plan: "3 of 11 tables occupied", or why the plan is empty. */
    void showSummary(String text);
}
