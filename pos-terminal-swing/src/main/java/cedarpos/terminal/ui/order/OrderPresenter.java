package cedarpos.terminal.ui.order;

import cedarpos.domain.DiningTable;
import cedarpos.domain.Discount;
import cedarpos.domain.staff.StaffMember;
import cedarpos.terminal.store.Approval;
import java.util.Optional;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.ModifierOption;
import cedarpos.domain.Modifiers;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableId;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.stock.ReservationStatus;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StockBook;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    private final TerminalStore store;
    private final OrderView view;
    private final Threads threads;
    private final ResourceBundle messages;
    private boolean waitingForMenu;

    private List<MenuItem> menu = List.of();
    private List<DiningTable> tables = List.of();
    private String category;
    private TableId table;
    private final Map<DraftLine.Key, DraftLine> draft = new LinkedHashMap<>();
    private List<ModifierGroup> modifierGroups = List.of();
    /** The dish buttons on screen, to skip rebuilding identical ones. */
    private List<MenuTile> shownTiles;
    /** Who is signed in: named on the orders they open and the lines they void; null when sign-in is off. */
    private StaffMember staff;
    private Consumer<MergedOrder> onPay = o -> { };
    private MergedOrder current;
    /** The claims on stock of the current order's lines. */
    private Map<OrderLineId, StockBook.Line> claims = Map.of();
    private Map<MenuItemId, StockBook.Dish> dishes = Map.of();
    private boolean online;
    /** Stock trips issued and the newest one shown: two IO threads may bring results back out of order. */
    private long stockIssued;
    private long stockShown;
    private String terminalName = "";
    private boolean sending;

    /** What one trip to the store brings back for the menu screen. */
    private record Catalog(List<MenuItem> menu, List<DiningTable> tables, String terminalName,
                           Map<MenuItemId, StockBook.Dish> dishes, List<ModifierGroup> modifierGroups) {
    }

    /** An order as one trip brings it back (null when there is none), its lines' claims, and the dishes' stock. */
    private record Loaded(MergedOrder order, Map<OrderLineId, StockBook.Line> claims,
                          Map<MenuItemId, StockBook.Dish> dishes) {
    }

    public OrderPresenter(TerminalStore store, OrderView view, Threads threads, ResourceBundle messages) {
        this.store = store;
        this.view = view;
        this.threads = threads;
        this.messages = messages;
    }

    /** Loads menu, tables and stock from the store; call again when a new catalog arrived. */
    public void reloadCatalog() {
        long ticket = ++stockIssued;
        threads.onIo(() -> new Catalog(store.menu(), store.tables(), store.state().name(), store.stock().dishes(),
                        store.cashier().modifierGroups()))
                .thenAcceptAsync(loaded -> {
                    terminalName = loaded.terminalName();
                    modifierGroups = loaded.modifierGroups();
                    if (ticket > stockShown) {
                        stockShown = ticket;
                        dishes = loaded.dishes();
                    }
                    catalogLoaded(loaded.menu(), loaded.tables());
                }, threads.edt()).exceptionally(e -> {
                    LOG.log(Level.SEVERE, "menu load failed", e);
                    return null;
                });
    }

    /**
     * Whether the server's balances are current. Online, a dish they say is sold out cannot be added;
     * offline it can, flagged as maybe sold out, and the server decides when the order reaches it.
     */
    public void setOnline(boolean connected) {
        if (online != connected) {
            online = connected;
            showTiles();
        }
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
        draft.values().removeIf(l -> items.stream().noneMatch(m -> m.id().equals(l.item().id())));
        view.showCategories(categories, category);
        showTiles();
        view.showTables(tables, table);
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
        category = name;
        view.showCategories(categories(), category);
        showTiles();
    }

    /**
     * Tapping a dish adds it, tapping it again adds one more. A dish the server says is sold out is refused
     * while online (its button is disabled; this says why should a tap get through); offline it is added with
     * a warning that it may be sold out.
     */
    public void addItem(MenuItemId id) {
        MenuItem item = menu.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not on the menu: " + id));
        MenuTile tile = tile(item);
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
        DraftLine added = new DraftLine(item, 1, chosen);
        draft.merge(added.key(), added, (was, one) -> was.times(was.quantity() + 1));
        if (tile.stock() == MenuTile.Stock.MAYBE_OUT) {
            view.showWarning(MessageFormat.format(messages.getString("menu.maybeOutNotice"), dishName(item)));
        }
        render();
    }

    /** Takes one off the newest draft line of a dish; the line goes when it reaches zero. */
    public void removeOne(MenuItemId id) {
        DraftLine.Key newest = null;
        for (DraftLine l : draft.values()) {
            if (l.item().id().equals(id)) {
                newest = l.key();
            }
        }
        if (newest != null) {
            removeOne(newest);
        }
    }

    /** Takes one off a draft line; the line goes when it reaches zero. */
    public void removeOne(DraftLine.Key key) {
        DraftLine line = draft.get(key);
        if (line == null) {
            return;
        }
        if (line.quantity() <= 1) {
            draft.remove(key);
        } else {
            draft.put(key, line.times(line.quantity() - 1));
        }
        render();
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
        view.showTables(tables, null);
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
        sending = true;
        List<NewLine> lines = new ArrayList<>();
        draft.values().forEach(l -> lines.add(new NewLine(l.item().id(), l.quantity(), l.note(),
                l.modifiers().stream().map(ModifierOption::id).toList())));
        int count = draft.values().stream().mapToInt(DraftLine::quantity).sum();
        render();
        TableId forTable = table;
        String by = staff == null ? null : staff.name();
        OrderId addTo = current != null && isOpen(current) ? current.id() : null;
        run(() -> {
            MergedOrder saved = addTo == null ? store.openOrder(forTable, 0, lines, by)
                    : store.addLines(addTo, lines);
            return loaded(store.sendToKitchen(saved.id()));
        }, loaded -> {
            draft.clear();
            show(loaded.order(), loaded.claims());
            view.showNotice(MessageFormat.format(messages.getString("order.sent"), count,
                    loaded.order().total().display()), false);
        }, "order.failed");
    }

    /**
     * Asks why, then voids a line of the saved order. A line the kitchen already has needs a manager: the
     * signed-in manager, or a manager's PIN on this session; the void is then audited.
     */
    public void voidLine(OrderLineId line) {
        if (current == null || sending) {
            return;
        }
        MergedLine target = current.lines().stream().filter(l -> l.line().id().equals(line)).findFirst()
                .orElse(null);
        if (target == null) {
            return;
        }
        String reason = view.askVoidReason(target.line().name());
        if (reason == null || reason.isBlank()) {
            return;
        }
        OrderId order = current.id();
        String by = staff != null ? staff.name() : terminalName.isBlank() ? "terminal" : terminalName;
        String why = reason.strip();
        if (!target.sent()) {
            sending = true;
            render();
            run(() -> loaded(store.voidLine(order, line, why, by)), loaded -> show(loaded.order(), loaded.claims()),
                    "order.voidFailed");
            return;
        }
        approved(MessageFormat.format(messages.getString("approve.void"), target.line().quantity(),
                        target.line().name()),
                approval -> loaded(store.voidLine(order, line, why, by, approval)),
                loaded -> show(loaded.order(), loaded.claims()), "order.voidFailed");
    }

    /** Asks for a discount on the saved order, approved by a manager and audited. */
    public void discount() {
        if (current == null || !isOpen(current) || sending) {
            return;
        }
        DiscountRequest asked = view.askDiscount(current.subtotal());
        if (asked == null) {
            return;
        }
        Discount discount;
        try {
            discount = discount(asked, current.subtotal());
        } catch (IllegalArgumentException e) {
            view.showNotice(e.getMessage(), true);
            return;
        }
        OrderId order = current.id();
        Discount d = discount;
        approved(MessageFormat.format(messages.getString("approve.discount"), describe(d, current.currency())),
                approval -> loaded(approval == null ? store.setDiscount(order, d) : store.setDiscount(order, d,
                        approval)),
                loaded -> {
                    show(loaded.order(), loaded.claims());
                    view.showNotice(MessageFormat.format(messages.getString("discount.applied"),
                            describe(d, loaded.order().currency()), loaded.order().total().display()), false);
                }, "discount.failed");
    }

    /** What the cashier typed, as a discount: percent in basis points, an amount in minor units. */
    private Discount discount(DiscountRequest r, Money subtotal) {
        if (r.value() == null || r.value().signum() <= 0) {
            throw new IllegalArgumentException(messages.getString("discount.positive"));
        }
        if (r.reason() == null || r.reason().isBlank()) {
            throw new IllegalArgumentException(messages.getString("discount.needsReason"));
        }
        if (r.reason().strip().length() > Discount.MAX_REASON) {
            throw new IllegalArgumentException(MessageFormat.format(messages.getString("discount.reasonTooLong"),
                    Discount.MAX_REASON));
        }
        try {
            if (r.kind() == Discount.Kind.PERCENT) {
                long bp = r.value().movePointRight(2).longValueExact();
                if (bp > 10_000) {
                    throw new ArithmeticException("over 100%");
                }
                return new Discount(Discount.Kind.PERCENT, bp, r.reason().strip());
            }
            long minor = r.value().movePointRight(subtotal.currency().exponent()).longValueExact();
            if (minor > subtotal.minor()) {
                throw new IllegalArgumentException(MessageFormat.format(messages.getString("discount.overTotal"),
                        subtotal.display()));
            }
            return new Discount(Discount.Kind.AMOUNT, minor, r.reason().strip());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(messages.getString(r.kind() == Discount.Kind.PERCENT
                    ? "discount.badPercent" : "discount.badAmount"), e);
        }
    }

    private static String describe(Discount d, cedarpos.domain.Currency currency) {
        return d.kind() == Discount.Kind.PERCENT
                ? java.math.BigDecimal.valueOf(d.value(), 2).stripTrailingZeros().toPlainString() + "%"
                : Money.of(d.value(), currency).display();
    }

    /**
     * Runs {@code work} (on the IO thread) with a manager's approval: the signed-in manager's own, or a manager's
     * PIN typed on this session and checked offline. With sign-in off (no staff set up) there is nobody to ask and
     * {@code work} gets null.
     */
    private void approved(String what, java.util.function.Function<Approval, Loaded> work, Consumer<Loaded> done,
                          String failureKey) {
        if (staff == null || staff.role().approves()) {
            Approval self = staff == null ? null : new Approval(staff.name(), staff.name());
            sending = true;
            render();
            run(() -> work.apply(self), done, failureKey);
            return;
        }
        char[] pin = view.askManagerPin(what);
        if (pin == null) {
            return;
        }
        String actor = staff.name();
        sending = true;
        render();
        run(() -> {
            Optional<StaffMember> who;
            try {
                who = store.cashier().signIn(pin);
            } finally {
                java.util.Arrays.fill(pin, '\0');
            }
            if (who.isEmpty() || !who.get().role().approves()) {
                throw new IllegalArgumentException(messages.getString("approve.notManager"));
            }
            return work.apply(new Approval(actor, who.get().name()));
        }, done, failureKey);
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
        DraftLine noted = line.withNote(text);
        Map<DraftLine.Key, DraftLine> rebuilt = new LinkedHashMap<>();
        for (Map.Entry<DraftLine.Key, DraftLine> e : draft.entrySet()) {
            DraftLine l = e.getKey().equals(key) ? noted : e.getValue();
            rebuilt.merge(l.key(), l, (was, same) -> was.times(was.quantity() + same.quantity()));
        }
        draft.clear();
        draft.putAll(rebuilt);
        render();
    }

    /**
     * Moves the saved check to a table with none open (the guests changed tables). A table that has a check is
     * not offered: two checks on one table are the cashier's to settle, not the till's to merge unasked.
     */
    public void move() {
        if (current == null || !isOpen(current) || sending) {
            return;
        }
        OrderId order = current.id();
        TableId from = current.tableId();
        threads.onIo(() -> store.floor().stream()
                        .filter(t -> t.openCheck() == null && !t.table().id().equals(from))
                        .map(cedarpos.terminal.store.FloorTable::table).toList())
                .thenAcceptAsync(free -> {
                    if (free.isEmpty()) {
                        view.showNotice(messages.getString("move.noFreeTable"), true);
                        return;
                    }
                    TableId to = view.askMoveTo(free);
                    if (to == null) {
                        return;
                    }
                    String label = free.stream().filter(t -> t.id().equals(to)).map(DiningTable::label)
                            .findFirst().orElse("?");
                    sending = true;
                    render();
                    run(() -> loaded(store.moveTo(order, to)), loaded -> {
                        show(loaded.order(), loaded.claims());
                        table = to;
                        view.showTables(tables, table);
                        view.showNotice(MessageFormat.format(messages.getString("move.done"), label), false);
                    }, "move.failed");
                }, threads.edt()).exceptionally(e -> failed("move failed", e));
    }

    /** Who is signed in, or null when sign-in is off. */
    public void setStaff(StaffMember who) {
        staff = who;
    }

    /** What paying the order on screen opens (the payment screen). */
    public void onPay(Consumer<MergedOrder> pay) {
        onPay = pay;
    }

    /** Hands the saved order to the payment screen, once it is sent and nothing is left in the draft. */
    public void pay() {
        if (payable()) {
            onPay.accept(current);
        }
    }

    /**
     * Opens a table from the floor plan: its open check if it has one (the newest, should two tills have opened
     * one each while offline), else an empty order for it.
     */
    public void openTable(TableId id) {
        long ticket = ++stockIssued;
        threads.onIo(() -> {
            MergedOrder open = store.openOrders().stream().filter(o -> id.equals(o.tableId())).findFirst()
                    .orElse(null);
            return load(open == null ? null : open.id());
        }).thenAcceptAsync(loaded -> {
            stockLoaded(ticket, loaded.dishes());
            draft.clear();
            show(loaded.order(), loaded.claims());
            table = id;
            view.showTables(tables, table);
            view.showNotice("", false);
            render();
        }, threads.edt()).exceptionally(e -> failed("table load failed", e));
    }

    /** Shows a saved order (e.g. picked from a list, or for a screenshot). */
    public void showOrder(OrderId id) {
        long ticket = ++stockIssued;
        threads.onIo(() -> load(id)).thenAcceptAsync(loaded -> {
            stockLoaded(ticket, loaded.dishes());
            draft.clear();
            show(loaded.order(), loaded.claims());
            if (current != null) {
                table = current.tableId();
                view.showTables(tables, table);
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
        long ticket = ++stockIssued;
        threads.onIo(() -> load(id)).thenAcceptAsync(loaded -> {
            stockLoaded(ticket, loaded.dishes());
            if (id != null && current != null && current.id().equals(id) && loaded.order() != null) {
                show(loaded.order(), loaded.claims());
                render();
            }
        }, threads.edt()).exceptionally(e -> failed("refresh failed", e));
    }

    /** On the IO thread: the order (when there is one), its lines' claims and every dish's stock, in one trip. */
    private Loaded load(OrderId id) {
        MergedOrder order = id == null ? null : store.order(id).orElse(null);
        return order == null ? new Loaded(null, Map.of(), store.stock().dishes()) : loaded(order);
    }

    private Loaded loaded(MergedOrder order) {
        return new Loaded(order, store.stock().lines(order.id()), store.stock().dishes());
    }

    private void show(MergedOrder order, Map<OrderLineId, StockBook.Line> lineClaims) {
        current = order;
        claims = order == null ? Map.of() : lineClaims;
    }

    /** Re-renders the dish buttons with newer stock; an older trip that came back late changes nothing. */
    private void stockLoaded(long ticket, Map<MenuItemId, StockBook.Dish> loaded) {
        if (ticket > stockShown) {
            stockShown = ticket;
            if (!loaded.equals(dishes)) {
                dishes = loaded;
                showTiles();
            }
        }
    }

    private Void failed(String what, Throwable e) {
        LOG.log(Level.SEVERE, what, e);
        return null;
    }

    private void run(Supplier<Loaded> work, Consumer<Loaded> done, String failureKey) {
        long ticket = ++stockIssued;
        threads.onIo(work).whenCompleteAsync((result, error) -> {
            sending = false;
            if (error == null) {
                stockLoaded(ticket, result.dishes());
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
        List<DraftLine> lines = List.copyOf(draft.values());
        Money total = current == null ? null : current.total();
        for (DraftLine l : lines) {
            total = total == null ? l.total() : total.plus(l.total());
        }
        List<PlacedLine> placed = current == null ? List.of() : current.lines().stream().map(this::placed).toList();
        String banner = current != null && current.hasConflicts()
                ? MessageFormat.format(messages.getString("order.conflicts"), current.conflicts().size()) : null;
        view.showOrder(placed, banner, lines, total);
        view.setActions(!lines.isEmpty() && !sending, !sending && (!lines.isEmpty() || current != null),
                lines.isEmpty() && current != null);
        view.setPayable(payable());
        view.setMovable(current != null && isOpen(current) && !sending);
    }

    private boolean payable() {
        // a waiter takes orders; payment is the cashier's and the manager's
        return (staff == null || staff.role().takesPayment()) && current != null && isOpen(current)
                && draft.isEmpty() && !sending
                && current.lines().stream().anyMatch(l -> !l.isVoided());
    }

    private PlacedLine placed(MergedLine l) {
        String voidText = l.isVoided() ? MessageFormat.format(messages.getString("order.voided"),
                l.voided().reason(), l.voided().by()) : null;
        String conflict = l.flags().isEmpty() ? null : l.flags().stream().sorted()
                .map(k -> messages.getString("conflict." + k.name())).reduce((a, b) -> a + "; " + b).orElseThrow();
        StockBook.Line claim = claims.get(l.line().id());
        ReservationStatus stock = claim == null ? null : claim.status();
        String stockText = stock == ReservationStatus.PENDING ? messages.getString("order.stockPending")
                : stock == ReservationStatus.DENIED
                ? MessageFormat.format(messages.getString("order.stockDenied"), claim.denied()) : null;
        // a voided line shows what it would have cost, struck through; the order total leaves it out
        String shown = "ar".equals(messages.getLocale().getLanguage()) ? menu.stream()
                .filter(m -> m.id().equals(l.line().menuItemId())).map(MenuItem::nameAr).findFirst()
                .orElse(l.line().name()) : l.line().name();
        return new PlacedLine(l.line().id(), l.line().name(), shown, l.line().quantity(), l.line().total(),
                modifiers(l),
                l.note(), l.sent(),
                voidText, conflict, !l.isVoided() && isOpen(current), stockText, stock == ReservationStatus.DENIED);
    }

    /** The chosen modifiers in the screen's language, "Well done, Extra garlic sauce"; null when none. */
    private String modifiers(MergedLine l) {
        boolean ar = "ar".equals(messages.getLocale().getLanguage());
        String mods = String.join(ar ? "\u060c " : ", ", l.modifiers().stream()
                .map(m -> ar ? m.nameAr() : m.nameEn()).toList());
        return mods.isEmpty() ? null : mods;
    }

    private static boolean isOpen(MergedOrder o) {
        return o.status() == OrderStatus.OPEN || o.status() == OrderStatus.SENT;
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
        List<MenuTile> tiles = tilesOf(category);
        if (!tiles.equals(shownTiles)) {
            shownTiles = tiles;
            view.showItems(tiles);
        }
    }

    private List<MenuTile> tilesOf(String name) {
        return menu.stream().filter(m -> m.category().equals(name)).map(this::tile).toList();
    }

    private MenuTile tile(MenuItem item) {
        return MenuTile.of(item, dishes.get(item.id()), online, messages);
    }

    private String dishName(MenuItem item) {
        return "ar".equals(messages.getLocale().getLanguage()) ? item.nameAr() : item.nameEn();
    }

    public List<DraftLine> draft() {
        return List.copyOf(draft.values());
    }

    /** The saved order on screen, or null. */
    public MergedOrder current() {
        return current;
    }
}
