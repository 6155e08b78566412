package cedarpos.terminal.ui.order;

import cedarpos.domain.ArabicNames;
import cedarpos.domain.DiningTable;
import cedarpos.domain.staff.StaffMember;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.ModifierOption;
import cedarpos.domain.Modifiers;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableId;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StockBook;
import cedarpos.terminal.store.CashierCatalog;
import cedarpos.terminal.store.FloorBook;
import cedarpos.terminal.store.OrderBook;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.kit.ManagerGate;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * State and behaviour of the order screen: the menu by category with what stock says of each dish, the saved
 * order being served (its lines as the merge decided them, conflicts and stock claims included), the draft of
 * lines not sent yet, and the table. All methods are called on the UI thread; store work goes to the IO executor
 * and results come back on the UI thread.
 *
 * <p>Stock never blocks an offline sale: only while online, when the server's balances are current, is a dish
 * the server says is sold out refused; offline it is only flagged as maybe sold out.
 */
public final class OrderPresenter {
    private static final Logger LOG = Logger.getLogger(OrderPresenter.class.getName());

    private final OrderBook orders;
    private final StockBook stock;
    private final FloorBook floor;
    private final CashierCatalog cashier;
    private final OrderView view;
    private final Threads threads;
    private final ResourceBundle messages;
    private boolean waitingForMenu;

    private final MenuBoard board;
    private final CheckDialogs changes;
    private List<DiningTable> tables = List.of();
    /** How categories and areas show in Arabic, from the last catalog. */
    private ArabicNames names = ArabicNames.NONE;
    private TableId table;
    private final Draft draft = new Draft();
    private List<ModifierGroup> modifierGroups = List.of();
    /** Who is signed in: named on the orders they open and the lines they void. */
    private StaffMember staff;
    private Consumer<MergedOrder> onPay = o -> { };
    private Consumer<MergedOrder> onSplit = o -> { };
    /** The seat and course the next dishes go to; null for the table, or not coursed. */
    private Integer seat;
    private Integer course;
    private MergedOrder current;
    /** The claims on stock of the current order's lines. */
    private Map<OrderLineId, StockBook.Line> claims = Map.of();
    private boolean sending;

    /** What one trip to the store brings back for the menu screen. */
    private record Catalog(List<MenuItem> menu, List<DiningTable> tables, Map<MenuItemId, StockBook.Dish> dishes, List<ModifierGroup> modifierGroups,
                           ArabicNames names) {
    }

    public OrderPresenter(OrderBook orders, StockBook stock, FloorBook floor, CashierCatalog cashier,
                          OrderView view, Threads threads, ResourceBundle messages) {
        this.orders = orders;
        this.stock = stock;
        this.floor = floor;
        this.cashier = cashier;
        this.view = view;
        this.threads = threads;
        this.messages = messages;
        this.board = new MenuBoard(view, messages);
        this.changes = new CheckDialogs(orders, floor, view, threads, messages, new ManagerGate(cashier,
                view::askManagerPin, messages), this);
    }

    /** Loads menu, tables and stock from the store; call again when a new catalog arrived. */
    public void reloadCatalog() {
        long ticket = board.ticket();
        threads.onIo(() -> new Catalog(cashier.menu(), floor.tables(), stock.dishes(),
                        cashier.modifierGroups(), cashier.names()))
                .thenAcceptAsync(loaded -> {
                    modifierGroups = loaded.modifierGroups();
                    names = loaded.names();
                    board.stock(ticket, loaded.dishes());
                    catalogLoaded(loaded.menu(), loaded.tables());
                }, threads.edt()).exceptionally(e -> {
                    LOG.log(Level.SEVERE, "menu load failed", e);
                    return null;
                });
    }

    /** Whether the server's balances are current: see {@link MenuBoard#online}. */
    public void setOnline(boolean connected) {
        board.online(connected);
    }

    private void catalogLoaded(List<MenuItem> items, List<DiningTable> floor) {
        tables = floor;
        if (table != null && floor.stream().noneMatch(t -> t.id().equals(table))) {
            table = null;
        }
        // a dish dropped from the menu cannot be sent any more
        draft.keepOnly(items);
        board.menu(items, names);
        view.showTables(choices(tables), table);
        if (items.isEmpty()) {
            view.showNotice(messages.getString("menu.empty"), false);
            waitingForMenu = true;
        } else if (waitingForMenu) {
            // the "no menu yet" hint is stale the moment the first catalog lands
            view.showNotice("", false);
            waitingForMenu = false;
        }
        render();
    }

    public void selectCategory(String name) {
        board.select(name);
    }

    /**
     * Tapping a dish adds it, tapping it again adds one more. A dish the server says is sold out is refused
     * while online (its button is disabled; this says why should a tap get through); offline it is added with
     * a warning that it may be sold out.
     */
    public void addItem(MenuItemId id) {
        MenuItem item = board.item(id);
        MenuTile tile = board.tile(item);
        if (!tile.enabled()) {
            view.showNotice(MessageFormat.format(messages.getString("menu.soldOutNotice"), dishName(item)), true);
            return;
        }
        List<ModifierOption> chosen = List.of();
        List<ModifierGroup> groups = Modifiers.groupsFor(id, modifierGroups);
        if (!groups.isEmpty()) {
            chosen = view.askModifiers(item, groups);
            if (chosen == null) {
                return;
            }
            try {
                Modifiers.choose(id, dishName(item), groups, chosen.stream().map(ModifierOption::id).toList());
            } catch (IllegalArgumentException e) {
                view.showNotice(e.getMessage(), true);
                return;
            }
        }
        draft.addOne(new DraftLine(item, 1, chosen, null, seat, course));
        if (tile.stock() == MenuTile.Stock.MAYBE_OUT) {
            view.showWarning(MessageFormat.format(messages.getString("menu.maybeOutNotice"), dishName(item)));
        }
        render();
    }

    /** Takes one off the newest draft line of a dish; the line goes when it reaches zero. */
    public void removeOne(MenuItemId id) {
        DraftLine.Key newest = draft.newestOf(id);
        if (newest != null) {
            removeOne(newest);
        }
    }

    /** Takes one off a draft line; the line goes when it reaches zero. */
    public void removeOne(DraftLine.Key key) {
        if (draft.removeOne(key)) {
            render();
        }
    }

    /** Clears the draft; with nothing drafted, puts the saved order away to start a new one. */
    public void clear() {
        if (draft.isEmpty()) {
            show(null, Map.of());
        }
        draft.clear();
        render();
    }

    /** A new order at the counter: nothing drafted, no table. */
    public void startCounterOrder() {
        draft.clear();
        show(null, Map.of());
        table = null;
        view.showTables(choices(tables), null);
        view.showNotice("", false);
        render();
    }

    /** @param id null for a counter order; another table than the saved order's starts a new order */
    public void selectTable(TableId id) {
        table = id;
        if (current != null && !Objects.equals(current.tableId(), id)) {
            show(null, Map.of());
            render();
        }
    }

    /**
     * Saves the draft through the store, off the UI thread: a new order (or more lines of the
     * saved one), then its ticket to the kitchen. The draft clears only once it is saved.
     */
    public void send() {
        if (draft.isEmpty() || sending) {
            return;
        }
        List<NewLine> lines = draft.toNewLines();
        int count = draft.portions();
        TableId forTable = table;
        String by = staff.name();
        OrderId addTo = current != null && isOpen(current) ? current.id() : null;
        save(() -> {
            MergedOrder saved = addTo == null ? orders.open(forTable, 0, lines, by)
                    : orders.addLines(addTo, lines);
            return loaded(orders.sendToKitchen(saved.id()));
        }, loaded -> {
            draft.clear();
            show(loaded.order(), loaded.claims());
            view.showNotice(MessageFormat.format(messages.getString("order.sent"), count,
                    loaded.order().total().display()), false);
        }, "order.failed");
    }

    /**
     * Asks why, then voids a line of the saved order; a line the kitchen already has needs a manager (see
     * {@link CheckDialogs#voidLine}).
     */
    public void voidLine(OrderLineId line) {
        changes.voidLine(line);
    }

    /** Asks for a discount on the saved check or one of its lines, approved by a manager and audited. */
    public void discount() {
        changes.discount();
    }

    /** Moves the saved check to a free table, or joins it to another table's check (see {@link CheckDialogs}). */
    public void move() {
        changes.move();
    }

    /** The seat the next dishes are for; null for the whole table. */
    public void selectSeat(Integer which) {
        seat = which;
        render();
    }

    /** The course the next dishes go to: a later course is held in the kitchen until fired; null for none. */
    public void selectCourse(Integer which) {
        course = which;
        render();
    }

    /** Tells the kitchen to make a held course of the saved order now. */
    public void fireCourse(int which) {
        if (current == null || !isOpen(current) || sending) {
            return;
        }
        OrderId order = current.id();
        save(() -> loaded(orders.fireCourse(order, which)), loaded -> {
            show(loaded.order(), loaded.claims());
            view.showNotice(MessageFormat.format(messages.getString("course.fired"), which), false);
        }, "course.fireFailed");
    }

    /** Asks for a draft line's note for the kitchen ("no onions"); the line keeps its place. */
    public void noteLine(DraftLine.Key key) {
        DraftLine line = draft.get(key);
        if (line == null || sending) {
            return;
        }
        String text = view.askNote(dishName(line.item()), line.note());
        if (text == null) {
            return;
        }
        if (text.strip().length() > LineAdd.MAX_NOTE) {
            view.showNotice(MessageFormat.format(messages.getString("order.noteTooLong"), LineAdd.MAX_NOTE), true);
            return;
        }
        draft.replace(key, line.withNote(text));
        render();
    }

    /** Who is signed in; null once they signed out (the screen is not shown then). */
    public void setStaff(StaffMember who) {
        staff = who;
    }

    /** What paying the order on screen opens (the payment screen). */
    public void onPay(Consumer<MergedOrder> pay) {
        onPay = pay;
    }

    /** What splitting the check opens (the split screen). */
    public void onSplit(Consumer<MergedOrder> split) {
        onSplit = split;
    }

    /** Hands the saved order to the payment screen, once it is sent and nothing is left in the draft. */
    public void pay() {
        if (payable()) {
            onPay.accept(current);
        }
    }

    /** Hands the saved order to the split screen, on the same terms as paying it. */
    public void split() {
        if (payable()) {
            onSplit.accept(current);
        }
    }

    /**
     * Opens a table from the floor plan: its open check if it has one (the newest, should two tills have opened
     * one each while offline), else an empty order for it.
     */
    public void openTable(TableId id) {
        long ticket = board.ticket();
        threads.onIo(() -> {
            MergedOrder open = orders.openChecks().stream().filter(o -> id.equals(o.tableId())).findFirst()
                    .orElse(null);
            return load(open == null ? null : open.id());
        }).thenAcceptAsync(loaded -> {
            board.stock(ticket, loaded.dishes());
            draft.clear();
            show(loaded.order(), loaded.claims());
            table = id;
            view.showTables(choices(tables), table);
            view.showNotice("", false);
            render();
        }, threads.edt()).exceptionally(e -> failed("table load failed", e));
    }

    /** Shows a saved order (e.g. picked from a list, or for a screenshot). */
    public void showOrder(OrderId id) {
        long ticket = board.ticket();
        threads.onIo(() -> load(id)).thenAcceptAsync(loaded -> {
            board.stock(ticket, loaded.dishes());
            draft.clear();
            show(loaded.order(), loaded.claims());
            if (current != null) {
                table = current.tableId();
                view.showTables(choices(tables), table);
            }
            render();
        }, threads.edt()).exceptionally(e -> failed("order load failed", e));
    }

    /**
     * Changes arrived from the server (other terminals' edits, stock decisions and balances): show the menu's
     * stock and the saved order as they now stand.
     */
    public void refresh() {
        OrderId id = current == null ? null : current.id();
        long ticket = board.ticket();
        threads.onIo(() -> load(id)).thenAcceptAsync(loaded -> {
            board.stock(ticket, loaded.dishes());
            if (id != null && current != null && current.id().equals(id) && loaded.order() != null) {
                show(loaded.order(), loaded.claims());
                render();
            }
        }, threads.edt()).exceptionally(e -> failed("refresh failed", e));
    }

    /** On the IO thread: the order (when there is one), its lines' claims and every dish's stock, in one trip. */
    private Loaded load(OrderId id) {
        MergedOrder order = id == null ? null : orders.find(id).orElse(null);
        return order == null ? new Loaded(null, Map.of(), stock.dishes()) : loaded(order);
    }

    Loaded loaded(MergedOrder order) {
        return new Loaded(order, stock.lines(order.id()), stock.dishes());
    }

    /** Shows what a store trip brought back (for {@link CheckDialogs}). */
    void show(Loaded loaded) {
        show(loaded.order(), loaded.claims());
    }

    /** The saved check, when it takes changes now (open, nothing being saved); else null. */
    MergedOrder changeable() {
        return current != null && isOpen(current) && !sending ? current : null;
    }

    /** The saved check while nothing is being saved, open or not; else null. */
    MergedOrder shown() {
        return sending ? null : current;
    }

    StaffMember staff() {
        return staff;
    }

    /** The check now sits at {@code to}. */
    void atTable(TableId to) {
        table = to;
        view.showTables(choices(tables), table);
    }

    private void show(MergedOrder order, Map<OrderLineId, StockBook.Line> lineClaims) {
        if (order == null || current == null || !order.id().equals(current.id())) {
            seat = null;
            course = null;
        }
        current = order;
        claims = order == null ? Map.of() : lineClaims;
    }

    private Void failed(String what, Throwable e) {
        LOG.log(Level.SEVERE, what, e);
        return null;
    }

    /** A change saved off the EDT; nothing else is saved from this screen until it is done. */
    void save(Supplier<Loaded> work, Consumer<Loaded> done, String failureKey) {
        sending = true;
        render();
        run(work, done, failureKey);
    }

    private void run(Supplier<Loaded> work, Consumer<Loaded> done, String failureKey) {
        long ticket = board.ticket();
        threads.onIo(work).whenCompleteAsync((result, error) -> {
            sending = false;
            if (error == null) {
                board.stock(ticket, result.dishes());
                done.accept(result);
            } else {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                LOG.log(Level.SEVERE, failureKey, cause);
                view.showNotice(MessageFormat.format(messages.getString(failureKey), cause.getMessage()), true);
            }
            render();
        }, threads.edt());
    }

    private void render() {
        List<DraftLine> lines = draft.lines();
        Money total = draft.totalWith(current == null ? null : current.total());
        List<PlacedLine> placed = current == null ? List.of()
                : PlacedLines.of(current, isOpen(current), claims, board.items(), messages);
        String banner = current != null && current.hasConflicts()
                ? MessageFormat.format(messages.getString("order.conflicts"), current.conflicts().size()) : null;
        view.showOrder(placed, banner, lines, total);
        view.setActions(!lines.isEmpty() && !sending, !sending && (!lines.isEmpty() || current != null),
                lines.isEmpty() && current != null);
        view.setPayable(payable());
        view.setMovable(current != null && isOpen(current) && !sending);
        int seats = tables.stream().filter(t -> t.id().equals(table)).mapToInt(DiningTable::seats).findFirst()
                .orElse(Seating.MIN_SEATS);
        List<Integer> held = current == null || !isOpen(current) ? List.of() : current.lines().stream()
                .filter(l -> !l.isVoided() && l.sent() && l.held()).map(MergedLine::course).distinct().sorted()
                .toList();
        view.showSeating(new Seating(Math.min(Seating.MAX_SEATS, Math.max(Seating.MIN_SEATS, seats)), seat, course,
                sending ? List.of() : held));
    }

    private boolean payable() {
        // a waiter takes orders; payment is the cashier's and the manager's
        return staff != null && staff.role().takesPayment() && current != null && isOpen(current)
                && draft.isEmpty() && !sending
                && current.lines().stream().anyMatch(l -> !l.isVoided());
    }

    private static boolean isOpen(MergedOrder o) {
        return o.status() == OrderStatus.OPEN || o.status() == OrderStatus.SENT;
    }

    private String dishName(MenuItem item) {
        return arabic() ? item.nameAr() : item.nameEn();
    }

    private boolean arabic() {
        return "ar".equals(messages.getLocale().getLanguage());
    }

    /** Tables as this screen offers them: each with its area in the screen's language. */
    List<TableChoice> choices(List<DiningTable> list) {
        return list.stream().map(t -> new TableChoice(t, arabic() ? names.area(t.area()) : t.area())).toList();
    }

    public List<DraftLine> draft() {
        return draft.lines();
    }

    /** A line's dish as this screen names it (Arabic from today's menu in Arabic). */
    public String shownName(MergedLine line) {
        return PlacedLines.shownName(line, board.items(), arabic());
    }

    /** The saved order on screen, or null. */
    public MergedOrder current() {
        return current;
    }
}
