package cedarpos.server.order;

/**
 * The headline figures of a branch's business day, in minor units of the branch's currency (see "Sales" in
 * docs/protocol.md for what each counts).
 *
 * @param gross        standing lines of the day's settled checks at their price (modifiers included), before any
 *                     discount; voided lines never count
 * @param discounts    what line discounts and check discounts took off those lines
 * @param refunds      what refunds of those checks gave back (without the VAT in it when VAT is added on top)
 * @param net          {@code gross - discounts - refunds}
 * @param vat          the VAT in (or, added on top, on) {@code net}, as the checks' payments stamped it
 * @param orders       settled checks
 * @param covers       their guests
 * @param averageCheck {@code net / orders}, rounded half up; 0 without orders
 */
public record SalesTotals(long gross, long discounts, long refunds, long net, long vat, int orders, int covers,
                          long averageCheck) {
    public static final SalesTotals NONE = new SalesTotals(0, 0, 0, 0, 0, 0, 0, 0);

    public SalesTotals {
        if (net != gross - discounts - refunds) {
            throw new IllegalArgumentException("net " + net + " is not gross " + gross + " - discounts " + discounts
                    + " - refunds " + refunds);
        }
    }

    /** {@code net / orders}, half up (net may be zero, never negative in practice). */
    public static long average(long net, int orders) {
        return orders == 0 ? 0 : Math.floorDiv(Math.addExact(Math.multiplyExact(net, 2), orders), 2L * orders);
    }
}
