package cedarpos.domain.stock;

import cedarpos.domain.OrderStatus;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.Conflict;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * How the server decides a line's claim on stock, one claim at a time in arrival order. Pure: the caller holds
 * the branch's stock and applies what a {@link Decision} moves.
 *
 * <ul>
 * <li>a line asking for more than it holds gets the difference if every stock item of its recipe has it
 * available (level minus what confirmed reservations hold), all or nothing; otherwise it is denied and keeps
 * what it had;</li>
 * <li>a line asking for less (a lower quantity, a void, a cancelled order) gives the difference back at once;</li>
 * <li>a settled check consumes what its lines hold: the held stock leaves the level as a sale;</li>
 * <li>the same claim decided twice changes nothing, so a resent or re-read change counts once.</li>
 * </ul>
 */
public final class Allocation {
    private Allocation() {
    }

    /**
     * What one order line asks of stock now, as the merge shows it.
     *
     * @param want    portions the line needs: its quantity, or 0 when voided or its order cancelled
     * @param consume its check is settled (and the line is not a late change the payment did not cover)
     */
    public record Claim(MergedOrder order, MergedLine line, int want, boolean consume) {
        public Claim {
            if (want < 0) {
                throw new IllegalArgumentException("a claim cannot want a negative quantity");
            }
        }

        public static Claim of(MergedOrder order, MergedLine line) {
            int want = order.status() == OrderStatus.CANCELLED || line.isVoided() ? 0 : line.line().quantity();
            boolean consume = order.status() == OrderStatus.SETTLED
                    && !line.flags().contains(Conflict.Kind.LATE_FOR_SETTLED);
            return new Claim(order, line, want, consume);
        }

        TerminalId orderedBy() {
            return new TerminalId(line.addedAt().origin());
        }
    }

    /**
     * A changed reservation and what it moves.
     *
     * @param held per stock item, the change of what reservations hold (positive: taken, negative: given back)
     * @param sold per stock item, units consumed by a settled check (to record as sale adjustments)
     */
    public record Decision(Reservation reservation, Map<StockItemId, Long> held, Map<StockItemId, Long> sold) {
        public Decision {
            held = Collections.unmodifiableMap(new LinkedHashMap<>(held));
            sold = Collections.unmodifiableMap(new LinkedHashMap<>(sold));
        }
    }

    /**
     * Decides a claim.
     *
     * @param current   the line's reservation so far, or null when the server has not seen the line claim stock
     * @param recipe    the dish's portions now (used only for a line seen for the first time); empty when untracked
     * @param available per stock item, what is available now (level minus held), this batch's decisions included
     * @return the decision, or null when nothing changes (an untracked dish, or a claim already decided)
     */
    public static Decision decide(Reservation current, Claim claim, List<Portion> recipe,
                                  ToLongFunction<StockItemId> available, long nowMs) {
        Reservation r = current;
        if (r == null) {
            if (claim.want() == 0 || recipe.isEmpty()) {
                return null;
            }
            r = new Reservation(claim.line().line().id(), claim.order().id(), claim.line().line().menuItemId(),
                    dish(claim.line().line().name()), claim.orderedBy(), recipe, 0, 0, 0, 0, nowMs);
        }
        int requested = r.requested();
        int confirmed = r.confirmed();
        int consumed = r.consumed();
        int want = claim.want();
        if (want != requested) {
            if (want <= confirmed) {
                confirmed = Math.max(want, consumed);
            } else if (fits(r.portions(), want - confirmed, available)) {
                confirmed = want;
            }
            requested = want;
        }
        if (claim.consume() && confirmed > consumed) {
            consumed = confirmed;
        }
        if (current != null && requested == r.requested() && confirmed == r.confirmed()
                && consumed == r.consumed()) {
            return null;
        }
        Reservation next = r.next(requested, confirmed, consumed, nowMs);
        Map<StockItemId, Long> held = new LinkedHashMap<>();
        Map<StockItemId, Long> sold = new LinkedHashMap<>();
        int heldChange = next.held() - r.held();
        int soldChange = next.consumed() - r.consumed();
        for (Portion p : r.portions()) {
            if (heldChange != 0) {
                held.put(p.item(), heldChange * p.perPortion());
            }
            if (soldChange != 0) {
                sold.put(p.item(), soldChange * p.perPortion());
            }
        }
        return new Decision(next, held, sold);
    }

    private static String dish(String name) {
        return name.length() <= Reservation.MAX_DISH ? name : name.substring(0, Reservation.MAX_DISH - 3) + "...";
    }

    private static boolean fits(List<Portion> portions, int more, ToLongFunction<StockItemId> available) {
        for (Portion p : portions) {
            if (available.applyAsLong(p.item()) < more * p.perPortion()) {
                return false;
            }
        }
        return true;
    }
}
