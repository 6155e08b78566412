package cedarpos.server.order;

/** An order change that would corrupt stored state; nothing was written. */
public class OrderRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Position of the refused change in a {@link OrderService#applyAll} batch, or -1. */
    private final int index;
    private final boolean otherBranch;

    public OrderRejected(String message, int index) {
        this(message, index, false);
    }

    public OrderRejected(String message, int index, boolean otherBranch) {
        super(message);
        this.index = index;
        this.otherBranch = otherBranch;
    }

    /** Position of the refused change in the batch given to {@link OrderService#applyAll}, or -1. */
    public int index() {
        return index;
    }

    /** The order belongs to another branch than the writer's. */
    public boolean otherBranch() {
        return otherBranch;
    }
}
