package cedarpos.domain;

/** What the floor plan shows for a table. */
public enum TableStatus {
    AVAILABLE,
    OCCUPIED,
    RESERVED,
    /** guests left, the table is being cleared */
    CLEANING
}
