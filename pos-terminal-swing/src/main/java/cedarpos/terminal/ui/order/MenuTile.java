package cedarpos.terminal.ui.order;

import cedarpos.domain.MenuItem;
import cedarpos.terminal.store.StockBook;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * A dish button as the menu shows it: the dish, what stock says of it, and the caption that says so (already
 * localized, null when there is nothing to say).
 *
 * @param left portions left as far as this terminal can tell (the lower of the server's count and this terminal's
 *             estimate); {@link Long#MAX_VALUE} for a dish stock does not track
 */
public record MenuTile(MenuItem item, Stock stock, long left, String caption) {
    /** At or below this many portions left, the button says how many. */
    static final long FEW_LEFT = 5;

    /** What the button tells the cashier about the dish's stock. */
    public enum Stock {
        /** Not tracked, or plenty left: the button looks as it always did. */
        PLENTY,
        /** A tracked dish running low: "3 left". */
        FEW_LEFT,
        /** Offline (or waiting for the server), the estimate says none are left: warned, never blocked. */
        MAYBE_OUT,
        /** Online, the server's balances say none are left: the 86 list, the button is disabled. */
        SOLD_OUT
    }

    public boolean enabled() {
        return stock != Stock.SOLD_OUT;
    }

    /** What the button shows (the count left only shows through the caption): equal looks, equal buttons. */
    public Looks looks() {
        return new Looks(item, stock, caption);
    }

    /** The parts of a tile its button shows. */
    public record Looks(MenuItem item, Stock stock, String caption) {
    }

    /**
     * @param dish   null for a dish stock does not track
     * @param online connected to the server, so its balances are current
     */
    static MenuTile of(MenuItem item, StockBook.Dish dish, boolean online, ResourceBundle messages) {
        if (dish == null) {
            return new MenuTile(item, Stock.PLENTY, Long.MAX_VALUE, null);
        }
        long left = Math.min(dish.portionsLeft(), dish.estimatedLeft());
        if (online && dish.soldOut()) {
            return new MenuTile(item, Stock.SOLD_OUT, 0, messages.getString("menu.soldOut"));
        }
        // offline the server may have sold the rest elsewhere; online, claims made here may still be refused
        if (dish.soldOut() || dish.maybeOut()) {
            return new MenuTile(item, Stock.MAYBE_OUT, left, messages.getString("menu.maybeOut"));
        }
        if (left <= FEW_LEFT) {
            return new MenuTile(item, Stock.FEW_LEFT, left, MessageFormat.format(messages.getString("menu.left"),
                    left));
        }
        return new MenuTile(item, Stock.PLENTY, left, null);
    }
}
