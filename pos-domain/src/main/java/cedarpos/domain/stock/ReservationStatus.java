package cedarpos.domain.stock;

/** Where a line's claim on stock stands. */
public enum ReservationStatus {
    /** Made on a terminal; the server has not decided yet. Terminals only. */
    PENDING,
    /** The stock is held for the line. */
    CONFIRMED,
    /** The server could not hold the stock the line asked for last: do not prepare it. */
    DENIED,
    /** Nothing held any more: the line was voided or its order cancelled. */
    RELEASED,
    /** The check was settled: what was held left the stock as a sale. */
    CONSUMED
}
