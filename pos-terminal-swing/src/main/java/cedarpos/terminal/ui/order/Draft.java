package cedarpos.terminal.ui.order;

import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.ModifierOption;
import cedarpos.domain.Money;
import cedarpos.terminal.store.NewLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines a cashier has tapped and not sent yet, in the order they were first tapped. A line is a dish with its
 * choices and note: the same again adds to its quantity, anything different is a line of its own.
 */
final class Draft {
    private final Map<DraftLine.Key, DraftLine> lines = new LinkedHashMap<>();

    /** One more of {@code line}'s dish and choices. */
    void addOne(DraftLine line) {
        lines.merge(line.key(), line.times(1), (was, one) -> was.times(was.quantity() + 1));
    }

    DraftLine get(DraftLine.Key key) {
        return lines.get(key);
    }

    /** One less of the line; it goes at zero. @return whether there was such a line */
    boolean removeOne(DraftLine.Key key) {
        DraftLine line = lines.get(key);
        if (line == null) {
            return false;
        }
        if (line.quantity() <= 1) {
            lines.remove(key);
        } else {
            lines.put(key, line.times(line.quantity() - 1));
        }
        return true;
    }

    /** The newest line of a dish, or null. */
    DraftLine.Key newestOf(MenuItemId item) {
        DraftLine.Key newest = null;
        for (DraftLine l : lines.values()) {
            if (l.item().id().equals(item)) {
                newest = l.key();
            }
        }
        return newest;
    }

    /** Replaces a line where it stands; should it now equal another line, the two become one. */
    void replace(DraftLine.Key key, DraftLine with) {
        Map<DraftLine.Key, DraftLine> rebuilt = new LinkedHashMap<>();
        for (Map.Entry<DraftLine.Key, DraftLine> e : lines.entrySet()) {
            DraftLine l = e.getKey().equals(key) ? with : e.getValue();
            rebuilt.merge(l.key(), l, (was, same) -> was.times(was.quantity() + same.quantity()));
        }
        lines.clear();
        lines.putAll(rebuilt);
    }

    /** Drops the lines of dishes no longer on the menu: they cannot be sent. */
    void keepOnly(List<MenuItem> menu) {
        lines.values().removeIf(l -> menu.stream().noneMatch(m -> m.id().equals(l.item().id())));
    }

    void clear() {
        lines.clear();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    List<DraftLine> lines() {
        return List.copyOf(lines.values());
    }

    /** {@code saved} (null for none) plus the lines; null when both are empty. */
    Money totalWith(Money saved) {
        Money total = saved;
        for (DraftLine l : lines.values()) {
            total = total == null ? l.total() : total.plus(l.total());
        }
        return total;
    }

    /** How many portions, all lines together. */
    int portions() {
        return lines.values().stream().mapToInt(DraftLine::quantity).sum();
    }

    /** The lines as the store places them. */
    List<NewLine> toNewLines() {
        List<NewLine> out = new ArrayList<>();
        lines.values().forEach(l -> out.add(new NewLine(l.item().id(), l.quantity(), l.note(),
                l.modifiers().stream().map(ModifierOption::id).toList(), l.seat(), l.course())));
        return out;
    }
}
