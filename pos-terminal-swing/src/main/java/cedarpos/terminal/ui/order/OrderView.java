package cedarpos.terminal.ui.order;

import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.Money;
import cedarpos.domain.TableId;
import java.util.List;

/** The order screen as its presenter drives it. Every method is called on the EDT. */
public interface OrderView {
    void showCategories(List<String> categories, String selected);

    void showItems(List<MenuItem> items);

    /** @param selected null for a counter (no table) order */
    void showTables(List<DiningTable> tables, TableId selected);

    /** @param total null when the draft is empty */
    void showDraft(List<DraftLine> lines, Money total);

    void setSendEnabled(boolean enabled);

    /** A short confirmation or error line for the cashier. */
    void showNotice(String text, boolean error);
}
