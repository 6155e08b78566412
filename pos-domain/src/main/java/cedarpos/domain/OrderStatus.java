package cedarpos.domain;

/** Life of a check: opened, sent to the kitchen, paid, or cancelled before anything was made. */
public enum OrderStatus {
    OPEN,
    SENT,
    SETTLED,
    CANCELLED
}
