package cedarpos.terminal.ui.order;

import cedarpos.domain.MenuItem;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.ModifierOption;
import cedarpos.domain.Money;
import cedarpos.domain.TableId;
import java.util.List;

/** The order screen as its presenter drives it. Every method is called on the EDT. */
public interface OrderView {
    /** @param selected the key of the selected category */
    void showCategories(List<CategoryTab> categories, String selected);

    /** The dishes of the selected category, each with what stock says of it; a sold-out one is disabled. */
    void showItems(List<MenuTile> items);

    /** @param selected null for a counter (no table) order */
    void showTables(List<TableChoice> tables, TableId selected);

    /**
     * The order column: the saved order's lines, then the draft not sent yet.
     *
     * @param conflictBanner the header warning while the saved order has open conflicts, else null
     * @param total          saved total plus draft, null when both are empty
     */
    void showOrder(List<PlacedLine> placed, String conflictBanner, List<DraftLine> draft, Money total);

    /**
     * @param canSend   there is a draft to send and nothing is being saved
     * @param canClear  there is a draft to clear or a saved order to put away
     * @param startsNew the clear button starts a new order (nothing drafted, a saved order shown)
     */
    void setActions(boolean canSend, boolean canClear, boolean startsNew);

    /** A short confirmation or error line for the cashier. */
    void showNotice(String text, boolean error);

    /** A short line the cashier should heed but that blocks nothing (e.g. stock may be out of date). */
    void showWarning(String text);

    /** Asks why a line is voided; null when the cashier cancels. */
    String askVoidReason(String lineName);

    /**
     * Asks which modifiers a dish is ordered with (doneness, sauces...), honouring each group's minimum and maximum.
     *
     * @return the chosen options, or null when the cashier cancels
     */
    List<ModifierOption> askModifiers(MenuItem item, List<ModifierGroup> groups);

    /** Whether the saved order on screen can be paid now (saved, open, nothing drafted). */
    void setPayable(boolean payable);

    /**
     * Asks for a discount on the whole check.
     *
     * @param subtotal what the lines come to, for the dialog to show
     * @return what the cashier entered, or null when cancelled
     */
    DiscountRequest askDiscount(Money subtotal);

    /**
     * Asks for a discount on the whole check or on one of {@code lines}.
     *
     * @return what the cashier entered (its line null for the whole check), or null when cancelled
     */
    default DiscountRequest askDiscount(Money subtotal, List<DiscountRequest.Target> lines) {
        return askDiscount(subtotal);
    }

    /**
     * Asks a manager for their PIN to approve {@code what} on the signed-in cashier's session.
     *
     * @return the PIN typed (wiped by the caller after use), or null when cancelled
     */
    char[] askManagerPin(String what);

    /**
     * Asks for a line's note for the kitchen.
     *
     * @return the note (blank to clear it), or null when cancelled
     */
    String askNote(String lineName, String current);

    /**
     * Asks which table the check moves to.
     *
     * @param free the tables with no open check, in floor-plan order
     * @return the chosen one, or null when cancelled
     */
    TableId askMoveTo(List<TableChoice> free);

    /**
     * Asks which table the check moves to, or which table's check it joins (the guests sat together).
     *
     * @param withChecks the other tables with an open check, in floor-plan order
     * @return the chosen table, or null when cancelled
     */
    default TableId askMoveTo(List<TableChoice> free, List<TableChoice> withChecks) {
        return askMoveTo(free);
    }

    /** Whether the saved order on screen can move to another table (it is open). */
    void setMovable(boolean movable);

    /** The seat and course strip: which seat and course new dishes go to, and the held courses to fire. */
    void showSeating(Seating seating);
}
