package cedarpos.terminal.ui.shift;

import cedarpos.domain.shift.DrawerMovement;
import cedarpos.domain.shift.Shift;
import cedarpos.domain.shift.ZReport;
import java.util.List;

/** The shift screen as its presenter drives it. Every method is called on the EDT. */
public interface ShiftView {
    /** No shift is open: the float form, empty. */
    void showOpenForm();

    /** A shift is open: who opened it and when, its float, and its pay-ins and pay-outs so far. */
    void showShift(Shift shift, List<DrawerMovement> movements);

    /** A closed shift's Z report: just closed, or reprinted. */
    void showReport(ZReport report);

    /** A hint, what was just saved, or why the last action was refused; null clears it. */
    void showMessage(String text, boolean error);

    /** While a write or a PIN check runs: actions are off. */
    void setBusy(boolean busy);

    /** After a pay-in or pay-out is saved: amount, reason and PIN empty for the next one. */
    void clearMovementForm();
}
