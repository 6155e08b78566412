package cedarpos.terminal.ui.floor;

import cedarpos.domain.ArabicNames;
import cedarpos.domain.TableId;
import cedarpos.domain.TableStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.terminal.store.FloorTable;
import cedarpos.terminal.store.FloorBook;
import cedarpos.terminal.support.Threads;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The floor plan: every table with its status colour, and for a table with an open check, who serves it, the
 * check's age and its total. Reloaded (off the EDT) whenever this terminal or another changes an order or a table,
 * and every half minute for the ages.
 */
public final class FloorPresenter {
    private static final Logger LOG = Logger.getLogger(FloorPresenter.class.getName());

    private final FloorBook floor;
    private final Supplier<ArabicNames> names;
    private final FloorView view;
    private final Threads threads;
    private final ResourceBundle messages;
    private final Clock clock;
    private final Consumer<TableId> open;
    private List<FloorArea> shownAreas;
    private boolean loading;
    private boolean again;

    /** What one trip to the store brings back: the plan, and how its areas show in Arabic. */
    private record Loaded(List<FloorTable> plan, ArabicNames names) {
    }

    /**
     * @param names how areas show in Arabic (the last catalog's), read on the IO thread
     * @param open  what tapping a table (or the counter, null) does: open its order
     */
    public FloorPresenter(FloorBook floor, Supplier<ArabicNames> names, FloorView view, Threads threads,
                          ResourceBundle messages, Clock clock, Consumer<TableId> open) {
        this.floor = floor;
        this.names = names;
        this.view = view;
        this.threads = threads;
        this.messages = messages;
        this.clock = clock;
        this.open = open;
    }

    /**
     * Reloads off the EDT. Asked again while a load runs (a catch-up brings changes in many batches), it loads once
     * more when that one is done rather than queueing a load per batch.
     */
    public void reload() {
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        threads.onIo(() -> new Loaded(floor.plan(), names.get())).whenCompleteAsync((loaded, error) -> {
            loading = false;
            if (error != null) {
                LOG.log(Level.SEVERE, "floor load failed", error);
            } else {
                show(loaded.plan(), loaded.names());
            }
            if (again) {
                again = false;
                reload();
            }
        }, threads.edt());
    }

    public void tapTable(TableId id) {
        open.accept(id);
    }

    public void counterOrder() {
        open.accept(null);
    }

    private void show(List<FloorTable> floor, ArabicNames arabic) {
        Map<String, List<TableTile>> byArea = new LinkedHashMap<>();
        int occupied = 0;
        for (FloorTable t : floor) {
            byArea.computeIfAbsent(t.table().area(), a -> new java.util.ArrayList<>()).add(tile(t));
            if (t.status() == TableStatus.OCCUPIED) {
                occupied++;
            }
        }
        boolean inArabic = "ar".equals(messages.getLocale().getLanguage());
        List<FloorArea> areas = byArea.entrySet().stream().map(e -> new FloorArea(e.getKey(),
                inArabic ? arabic.area(e.getKey()) : e.getKey(), e.getValue())).toList();
        // a catch-up reloads often; rebuilding a plan that did not change would only cost the screen time
        if (!areas.equals(shownAreas)) {
            shownAreas = areas;
            view.showFloor(areas);
        }
        view.showSummary(floor.isEmpty() ? messages.getString("floor.empty")
                : MessageFormat.format(messages.getString("floor.summary"), occupied, floor.size()));
    }

    private TableTile tile(FloorTable t) {
        String status = messages.getString("table.status." + t.status().name());
        MergedOrder check = t.openCheck();
        String detail;
        if (check == null) {
            detail = MessageFormat.format(messages.getString("floor.seats"), t.table().seats());
        } else {
            long minutes = Math.max(0, (clock.millis() - check.openedAtMs()) / 60_000);
            String age = minutes < 60 ? MessageFormat.format(messages.getString("floor.minutes"), minutes)
                    : MessageFormat.format(messages.getString("floor.hours"), minutes / 60, minutes % 60);
            String total = leftToRight(check.total().display());
            detail = check.staffName() == null
                    ? MessageFormat.format(messages.getString("floor.check"), age, total)
                    : MessageFormat.format(messages.getString("floor.checkBy"),
                    leftToRight(firstName(check.staffName())), age, total);
        }
        return new TableTile(t.table().id(), t.table().label(), t.status(), status, detail);
    }

    /**
     * A name or an amount inside an Arabic line keeps its own left-to-right order ("$22.50", not "22.50$") and does
     * not pull its neighbours along: embedded, and the line starts right to left.
     */
    private String leftToRight(String text) {
        return "ar".equals(messages.getLocale().getLanguage()) ? "\u200f\u202a" + text + "\u202c\u200f" : text;
    }

    private static String firstName(String name) {
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }
}
