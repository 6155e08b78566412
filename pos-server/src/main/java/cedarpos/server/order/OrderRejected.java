package cedarpos.server.order;

/** An order write that would corrupt stored state; nothing was written. */
public class OrderRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OrderRejected(String message) {
        super(message);
    }
}
