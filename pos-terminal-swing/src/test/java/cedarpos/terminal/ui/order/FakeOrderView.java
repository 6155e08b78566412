package cedarpos.terminal.ui.order;

import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.TableId;
import java.util.ArrayList;
import java.util.List;

/** The order screen without a display: it records what the presenter shows and answers as the test set it. */
final class FakeOrderView implements OrderView {
    List<String> categories = new ArrayList<>();
    /** The tabs' names, in the order of {@link #categories}. */
    List<String> categoryNames = new ArrayList<>();
    String selectedCategory;
    List<MenuTile> items = List.of();
    List<DiningTable> tables = List.of();
    /** Each table's area as shown, in the order of {@link #tables}. */
    List<String> tableAreas = List.of();
    TableId selectedTable;
    List<DraftLine> lines = List.of();
    Money total;
    boolean sendEnabled;
    boolean clearEnabled;
    boolean clearStartsNew;
    List<PlacedLine> placed = List.of();
    String conflictBanner;
    String askedToVoid;
    String voidReason;
    String notice;
    boolean noticeIsError;
    boolean noticeIsWarning;
    List<cedarpos.domain.ModifierGroup> askedModifiers;
    List<cedarpos.domain.ModifierOption> modifierAnswer;
    boolean payable;
    Money askedDiscountOn;
    DiscountRequest discountAnswer;
    String askedApproval;
    String managerPin;
    String askedNoteFor;
    String noteAnswer;
    List<DiningTable> offeredTables;
    TableId moveAnswer;
    List<DiningTable> offeredJoins;
    boolean movable;
    Seating seating;
    List<DiscountRequest.Target> offeredLines;
    DiscountRequest lineDiscountAnswer;

    @Override
    public void showCategories(List<CategoryTab> c, String selected) {
        categories = c.stream().map(CategoryTab::key).toList();
        categoryNames = c.stream().map(CategoryTab::name).toList();
        selectedCategory = selected;
    }

    @Override
    public void showItems(List<MenuTile> i) {
        items = i;
    }

    @Override
    public void showTables(List<TableChoice> t, TableId selected) {
        tables = t.stream().map(TableChoice::table).toList();
        tableAreas = t.stream().map(TableChoice::area).toList();
        selectedTable = selected;
    }

    @Override
    public void showOrder(List<PlacedLine> p, String banner, List<DraftLine> l, Money t) {
        placed = p;
        conflictBanner = banner;
        lines = l;
        total = t;
    }

    @Override
    public void setActions(boolean canSend, boolean canClear, boolean startsNew) {
        sendEnabled = canSend;
        clearEnabled = canClear;
        clearStartsNew = startsNew;
    }

    @Override
    public String askVoidReason(String lineName) {
        askedToVoid = lineName;
        return voidReason;
    }

    @Override
    public List<cedarpos.domain.ModifierOption> askModifiers(cedarpos.domain.MenuItem item,
                                                             List<cedarpos.domain.ModifierGroup> groups) {
        askedModifiers = groups;
        return modifierAnswer;
    }

    @Override
    public void setPayable(boolean can) {
        payable = can;
    }

    @Override
    public DiscountRequest askDiscount(Money subtotal) {
        askedDiscountOn = subtotal;
        return discountAnswer;
    }

    @Override
    public DiscountRequest askDiscount(Money subtotal, List<DiscountRequest.Target> lines) {
        offeredLines = lines;
        return lineDiscountAnswer != null ? lineDiscountAnswer : askDiscount(subtotal);
    }

    @Override
    public String askNote(String lineName, String current) {
        askedNoteFor = lineName;
        return noteAnswer;
    }

    @Override
    public TableId askMoveTo(List<TableChoice> free) {
        offeredTables = free.stream().map(TableChoice::table).toList();
        return moveAnswer;
    }

    @Override
    public TableId askMoveTo(List<TableChoice> free, List<TableChoice> withChecks) {
        offeredJoins = withChecks.stream().map(TableChoice::table).toList();
        return askMoveTo(free);
    }

    @Override
    public void setMovable(boolean can) {
        movable = can;
    }

    @Override
    public void showSeating(Seating s) {
        seating = s;
    }

    @Override
    public char[] askManagerPin(String what) {
        askedApproval = what;
        return managerPin == null ? null : managerPin.toCharArray();
    }

    @Override
    public void showNotice(String text, boolean error) {
        notice = text;
        noticeIsError = error;
        noticeIsWarning = false;
    }

    @Override
    public void showWarning(String text) {
        notice = text;
        noticeIsError = false;
        noticeIsWarning = true;
    }

    MenuTile tile(MenuItemId id) {
        return items.stream().filter(t -> t.item().id().equals(id)).findFirst().orElseThrow();
    }

    PlacedLine placed(String name) {
        return placed.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }
}
