package cedarpos.server.order;

/** An order write that would corrupt stored state; nothing was written. */
public class OrderRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Position of the refused order in a {@link OrderService#placeAll} batch, or -1. */
    private final int index;

    public OrderRejected(String message) {
        this(message, -1);
    }

    public OrderRejected(String message, int index) {
        super(message);
        this.index = index;
    }

    /** Position of the refused order in the batch given to {@link OrderService#placeAll}, or -1 if not a batch. */
    public int index() {
        return index;
    }
}
