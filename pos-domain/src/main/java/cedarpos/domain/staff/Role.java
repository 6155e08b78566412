package cedarpos.domain.staff;

/** What a member of staff may do on a terminal. */
public enum Role {
    CASHIER,
    WAITER,
    MANAGER;

    /** Only a manager approves discounts, voids after a kitchen ticket, refunds, reopening and drawer pay-outs. */
    public boolean approves() {
        return this == MANAGER;
    }

    /** Who may take payment and run a drawer. */
    public boolean takesPayment() {
        return this != WAITER;
    }
}
