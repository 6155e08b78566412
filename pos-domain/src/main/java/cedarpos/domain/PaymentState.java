package cedarpos.domain;

/** How much of a check has been paid. */
public enum PaymentState {
    UNPAID,
    PARTIALLY_PAID,
    PAID,
    REFUNDED
}
