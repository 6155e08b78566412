package cedarpos.domain;

/** A table of the branch's floor plan. */
public record DiningTable(TableId id, String label, String area, int seats) {
    public DiningTable {
        Ids.required(id, "table id");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("table label is required");
        }
        if (area == null || area.isBlank()) {
            throw new IllegalArgumentException("table area is required");
        }
        if (seats < 1) {
            throw new IllegalArgumentException("a table has at least one seat");
        }
    }
}
