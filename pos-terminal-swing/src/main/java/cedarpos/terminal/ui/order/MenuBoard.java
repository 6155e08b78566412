package cedarpos.terminal.ui.order;

import cedarpos.domain.ArabicNames;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.terminal.store.StockBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The menu side of the order screen: categories, the selected one's dish buttons, and what stock says of each
 * dish, online or not. Stock arrives from trips to the store that two IO threads may bring back out of order: each
 * trip takes a ticket, and an older one that comes back late changes nothing.
 */
final class MenuBoard {
    private final OrderView view;
    private final ResourceBundle messages;
    private List<MenuItem> menu = List.of();
    private ArabicNames names = ArabicNames.NONE;
    /** The key of the selected category. */
    private String category;
    private Map<MenuItemId, StockBook.Dish> dishes = Map.of();
    private boolean online;
    /** The dish buttons on screen, to skip rebuilding identical ones. */
    private List<MenuTile.Looks> shownTiles;
    private long issued;
    private long shown;

    MenuBoard(OrderView view, ResourceBundle messages) {
        this.view = view;
        this.messages = messages;
    }

    /** A ticket for a trip that brings stock back. */
    long ticket() {
        return ++issued;
    }

    /** A new menu and how its categories show in Arabic: the selected category stays if it still exists. */
    void menu(List<MenuItem> items, ArabicNames arabic) {
        menu = items;
        names = arabic;
        List<String> categories = categories();
        if (category == null || !categories.contains(category)) {
            category = categories.isEmpty() ? null : categories.get(0);
        }
        view.showCategories(tabs(categories), category);
        showTiles();
    }

    List<MenuItem> items() {
        return menu;
    }

    /** Stock brought back by the trip of {@code ticket}: shown unless a newer trip's already is. */
    void stock(long ticket, Map<MenuItemId, StockBook.Dish> loaded) {
        if (ticket > shown) {
            shown = ticket;
            if (!loaded.equals(dishes)) {
                dishes = loaded;
                showTiles();
            }
        }
    }

    /**
     * Whether the server's balances are current. Online, a dish they say is sold out cannot be added;
     * offline it can, flagged as maybe sold out, and the server decides when the order reaches it.
     */
    void online(boolean connected) {
        if (online != connected) {
            online = connected;
            showTiles();
        }
    }

    void select(String name) {
        category = name;
        view.showCategories(tabs(categories()), category);
        showTiles();
    }

    MenuItem item(MenuItemId id) {
        return menu.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not on the menu: " + id));
    }

    MenuTile tile(MenuItem item) {
        return MenuTile.of(item, dishes.get(item.id()), online, messages);
    }

    /** The categories' tabs: in Arabic, a category's Arabic name when it has one. */
    private List<CategoryTab> tabs(List<String> categories) {
        boolean arabic = "ar".equals(messages.getLocale().getLanguage());
        return categories.stream().map(c -> new CategoryTab(c, arabic ? names.category(c) : c)).toList();
    }

    private List<String> categories() {
        List<String> names = new ArrayList<>();
        for (MenuItem m : menu) {
            if (!names.contains(m.category())) {
                names.add(m.category());
            }
        }
        return names;
    }

    /**
     * Shows the selected category's dish buttons unless they are what is shown already: a catch-up moves the
     * stock of many dishes in many batches, and rebuilding buttons that did not change is time the screen freezes.
     */
    private void showTiles() {
        List<MenuTile> tiles = menu.stream().filter(m -> m.category().equals(category)).map(this::tile).toList();
        List<MenuTile.Looks> looks = tiles.stream().map(MenuTile::looks).toList();
        if (!looks.equals(shownTiles)) {
            shownTiles = looks;
            view.showItems(tiles);
        }
    }
}
