package cedarpos.domain.shift;

import cedarpos.domain.Money;
import java.util.UUID;

/**
 * Cash put into or taken out of the drawer during a shift for something other than a sale: change brought from the
 * safe, a supplier paid at the door. A pay-out takes money out, so a manager approves it and is named on it.
 *
 * @param approvedBy the approving manager: required for a pay-out, optional for a pay-in
 * @param atMs       server-clock time (the stamp of its outbox entry)
 * @param seq        the outbox seq of the entry that recorded it: orders movements on their terminal
 */
public record DrawerMovement(UUID id, ShiftId shiftId, Kind kind, Money amount, String reason, String by,
                             String approvedBy, long atMs, long seq) {
    public static final int MAX_REASON = 200;

    public enum Kind {
        PAY_IN,
        PAY_OUT
    }

    public DrawerMovement {
        if (id == null || shiftId == null || kind == null || amount == null) {
            throw new IllegalArgumentException("a drawer movement needs its id, shift, kind and amount");
        }
        if (amount.minor() <= 0) {
            throw new IllegalArgumentException("a pay-in or pay-out is more than zero, got " + amount.display());
        }
        reason = ShiftTexts.required(reason, "the reason for a pay-in or pay-out", MAX_REASON);
        by = ShiftTexts.required(by, "who moved the cash", Shift.MAX_NAME);
        approvedBy = ShiftTexts.optional(approvedBy, "the approving manager", Shift.MAX_NAME);
        if (kind == Kind.PAY_OUT && approvedBy == null) {
            throw new IllegalArgumentException("a pay-out needs a manager's approval");
        }
        if (atMs < 0 || seq < 1) {
            throw new IllegalArgumentException("a drawer movement has a time >= 0 and an outbox seq >= 1");
        }
    }

    /** What it does to the drawer: the amount in, or minus the amount out. */
    public Money effect() {
        return kind == Kind.PAY_IN ? amount : Cash.negate(amount);
    }
}
