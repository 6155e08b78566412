package cedarpos.domain.pay;

import cedarpos.domain.Money;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splitting what is left on a check into shares: by seat, by chosen items, or evenly. Every share is a whole number
 * of minor units, and shares that cover all the lines still unpaid add up exactly to the balance: the check
 * discount and any share paid before are spread over the lines in proportion, the odd cents going to the largest
 * remainders (then the first shares), so no split ever loses or invents a cent.
 */
public final class CheckSplit {
    public static final int MAX_WAYS = 20;

    private CheckSplit() {
    }

    /** What a share is: one seat's lines, the lines with no seat, some chosen items, or one even share. */
    public enum Kind { SEAT, TABLE, ITEMS, EVEN }

    /**
     * One share to pay.
     *
     * @param number the seat number, the group's number, or the even share's number (from 1)
     * @param of     how many shares the split made
     * @param lines  the lines it pays for; empty for an even share
     */
    public record Share(Kind kind, int number, int of, Set<OrderLineId> lines, Money amount) {
        public Share {
            lines = Set.copyOf(lines);
        }
    }

    /** One share per seat among the unpaid lines (lines without a seat make a TABLE share, last). */
    public static List<Share> bySeat(MergedOrder order) {
        Map<Integer, Set<OrderLineId>> seats = new LinkedHashMap<>();
        unpaid(order).stream().sorted(Comparator.comparing((MergedLine l) -> l.seat() == null ? Integer.MAX_VALUE
                : l.seat())).forEach(l -> seats.computeIfAbsent(l.seat() == null ? 0 : l.seat(),
                k -> new HashSet<>()).add(l.line().id()));
        if (seats.isEmpty()) {
            throw new IllegalArgumentException("no unpaid line is left to split by seat");
        }
        List<Set<OrderLineId>> groups = new ArrayList<>(seats.values());
        List<Money> amounts = allocate(order, groups);
        List<Share> shares = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Integer, Set<OrderLineId>> e : seats.entrySet()) {
            shares.add(new Share(e.getKey() == 0 ? Kind.TABLE : Kind.SEAT, e.getKey(), seats.size(), e.getValue(),
                    amounts.get(i++)));
        }
        return shares;
    }

    /**
     * A share per group of chosen lines; lines in no group stay on the check for later shares.
     *
     * @throws IllegalArgumentException when a group is empty, a line is in two groups, or a line is not an unpaid
     *                                  standing line of the order
     */
    public static List<Share> byItems(MergedOrder order, List<Set<OrderLineId>> groups) {
        if (groups.isEmpty() || groups.size() > MAX_WAYS) {
            throw new IllegalArgumentException("choose 1 to " + MAX_WAYS + " groups of items");
        }
        Set<OrderLineId> open = new HashSet<>();
        unpaid(order).forEach(l -> open.add(l.line().id()));
        Set<OrderLineId> seen = new HashSet<>();
        for (Set<OrderLineId> g : groups) {
            if (g.isEmpty()) {
                throw new IllegalArgumentException("each share needs at least one item");
            }
            for (OrderLineId id : g) {
                if (!open.contains(id)) {
                    throw new IllegalArgumentException("line " + id + " is not an unpaid item of this check");
                }
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("line " + id + " is in two shares");
                }
            }
        }
        List<Money> amounts = allocate(order, groups);
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            shares.add(new Share(Kind.ITEMS, i + 1, groups.size(), groups.get(i), amounts.get(i)));
        }
        return shares;
    }

    /** The balance in {@code ways} equal shares (the first ones a cent more when it does not divide). */
    public static List<Share> evenly(MergedOrder order, int ways) {
        if (ways < 2 || ways > MAX_WAYS) {
            throw new IllegalArgumentException("split evenly 2 to " + MAX_WAYS + " ways, not " + ways);
        }
        long balance = order.balance().minor();
        if (balance < ways) {
            throw new IllegalArgumentException("only " + order.balance().display() + " is left: it cannot be split "
                    + ways + " ways");
        }
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < ways; i++) {
            long amount = balance / ways + (i < balance % ways ? 1 : 0);
            shares.add(new Share(Kind.EVEN, i + 1, ways, Set.of(), Money.of(amount, order.currency())));
        }
        return shares;
    }

    /** Standing lines no share has paid for yet. */
    private static List<MergedLine> unpaid(MergedOrder order) {
        Set<OrderLineId> paid = order.paidLines();
        return order.lines().stream().filter(l -> !l.isVoided() && !paid.contains(l.line().id())
                && l.total().minor() > 0).toList();
    }

    /**
     * The balance spread over the unpaid lines by their value; each group gets its lines' part. The unpaid lines in
     * no group weigh in too, so a group's amount does not depend on what is split off later.
     */
    private static List<Money> allocate(MergedOrder order, List<Set<OrderLineId>> groups) {
        List<MergedLine> unpaid = unpaid(order);
        long[] weights = new long[groups.size() + 1];
        for (MergedLine l : unpaid) {
            int g = groups.size();
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i).contains(l.line().id())) {
                    g = i;
                }
            }
            weights[g] = Math.addExact(weights[g], l.total().minor());
        }
        long[] parts = largestRemainder(order.balance().minor(), weights);
        List<Money> amounts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            amounts.add(Money.of(parts[i], order.currency()));
        }
        return amounts;
    }

    /** {@code total} split in proportion to {@code weights}, whole units that add up to {@code total}. */
    static long[] largestRemainder(long total, long[] weights) {
        long sum = 0;
        for (long w : weights) {
            sum = Math.addExact(sum, w);
        }
        long[] out = new long[weights.length];
        if (sum == 0) {
            return out;
        }
        java.math.BigInteger t = java.math.BigInteger.valueOf(total);
        java.math.BigInteger s = java.math.BigInteger.valueOf(sum);
        long given = 0;
        long[] rest = new long[weights.length];
        for (int i = 0; i < weights.length; i++) {
            java.math.BigInteger[] qr = t.multiply(java.math.BigInteger.valueOf(weights[i])).divideAndRemainder(s);
            out[i] = qr[0].longValueExact();
            rest[i] = qr[1].longValueExact();
            given += out[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingLong((Integer i) -> -rest[i]).thenComparing(i -> i));
        for (int k = 0; given < total; k++) {
            out[order[k % order.length]]++;
            given++;
        }
        return out;
    }
}
