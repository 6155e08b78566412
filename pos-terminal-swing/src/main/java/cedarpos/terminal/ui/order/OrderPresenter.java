package cedarpos.terminal.ui.order;

import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderSnapshot;
import cedarpos.domain.TableId;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * State and behaviour of the order screen: the menu by category, the draft order
 * and the table. All methods are called on the UI thread; store work goes to the
 * IO executor and results come back on the UI thread.
 */
public final class OrderPresenter {
    private static final Logger LOG = Logger.getLogger(OrderPresenter.class.getName());

    private final TerminalStore store;
    private final OrderView view;
    private final Threads threads;
    private final ResourceBundle messages;
    private boolean waitingForMenu;

    private List<MenuItem> menu = List.of();
    private List<DiningTable> tables = List.of();
    private String category;
    private TableId table;
    private final Map<MenuItemId, DraftLine> draft = new LinkedHashMap<>();
    private boolean sending;

    public OrderPresenter(TerminalStore store, OrderView view, Threads threads, ResourceBundle messages) {
        this.store = store;
        this.view = view;
        this.threads = threads;
        this.messages = messages;
    }

    /** Loads menu and tables from the store; call again when a new catalog arrived. */
    public void reloadCatalog() {
        threads.onIo(() -> new Object[] {store.menu(), store.tables()}).thenAcceptAsync(loaded -> {
            @SuppressWarnings("unchecked")
            List<MenuItem> items = (List<MenuItem>) loaded[0];
            @SuppressWarnings("unchecked")
            List<DiningTable> floor = (List<DiningTable>) loaded[1];
            catalogLoaded(items, floor);
        }, threads.edt()).exceptionally(e -> {
            LOG.log(Level.SEVERE, "menu load failed", e);
            return null;
        });
    }

    private void catalogLoaded(List<MenuItem> items, List<DiningTable> floor) {
        menu = items;
        tables = floor;
        List<String> categories = categories();
        if (category == null || !categories.contains(category)) {
            category = categories.isEmpty() ? null : categories.get(0);
        }
        if (table != null && floor.stream().noneMatch(t -> t.id().equals(table))) {
            table = null;
        }
        // a dish dropped from the menu cannot be sent any more
        draft.keySet().removeIf(id -> items.stream().noneMatch(m -> m.id().equals(id)));
        view.showCategories(categories, category);
        view.showItems(itemsOf(category));
        view.showTables(tables, table);
        if (items.isEmpty()) {
            view.showNotice(messages.getString("menu.empty"), false);
            waitingForMenu = true;
        } else if (waitingForMenu) {
            // the "no menu yet" hint is stale the moment the first catalog lands
            view.showNotice("", false);
            waitingForMenu = false;
        }
        showDraft();
    }

    public void selectCategory(String name) {
        category = name;
        view.showCategories(categories(), category);
        view.showItems(itemsOf(category));
    }

    /** Tapping a dish adds it, tapping it again adds one more. */
    public void addItem(MenuItemId id) {
        MenuItem item = menu.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not on the menu: " + id));
        DraftLine line = draft.get(id);
        draft.put(id, new DraftLine(item, line == null ? 1 : line.quantity() + 1));
        showDraft();
    }

    /** Takes one off a line; the line goes when it reaches zero. */
    public void removeOne(MenuItemId id) {
        DraftLine line = draft.get(id);
        if (line == null) {
            return;
        }
        if (line.quantity() <= 1) {
            draft.remove(id);
        } else {
            draft.put(id, new DraftLine(line.item(), line.quantity() - 1));
        }
        showDraft();
    }

    public void clear() {
        draft.clear();
        showDraft();
    }

    /** @param id null for a counter order */
    public void selectTable(TableId id) {
        table = id;
    }

    /** Places the draft through the store, off the UI thread; the draft clears only once it is saved. */
    public void send() {
        if (draft.isEmpty() || sending) {
            return;
        }
        sending = true;
        view.setSendEnabled(false);
        List<NewLine> lines = new ArrayList<>();
        draft.values().forEach(l -> lines.add(new NewLine(l.item().id(), l.quantity())));
        TableId forTable = table;
        threads.onIo(() -> store.placeOrder(forTable, lines)).whenCompleteAsync((order, error) -> {
            sending = false;
            if (error == null) {
                sent(order);
            } else {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                LOG.log(Level.SEVERE, "order not saved", cause);
                view.showNotice(MessageFormat.format(messages.getString("order.failed"), cause.getMessage()), true);
                showDraft();
            }
        }, threads.edt());
    }

    private void sent(OrderSnapshot order) {
        draft.clear();
        int count = order.lines().stream().mapToInt(l -> l.quantity()).sum();
        view.showNotice(MessageFormat.format(messages.getString("order.sent"), count, order.total().display()),
                false);
        showDraft();
    }

    private void showDraft() {
        List<DraftLine> lines = List.copyOf(draft.values());
        Money total = null;
        for (DraftLine l : lines) {
            total = total == null ? l.total() : total.plus(l.total());
        }
        view.showDraft(lines, total);
        view.setSendEnabled(!lines.isEmpty() && !sending);
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

    private List<MenuItem> itemsOf(String name) {
        return menu.stream().filter(m -> m.category().equals(name)).toList();
    }

    public List<DraftLine> draft() {
        return List.copyOf(draft.values());
    }
}
