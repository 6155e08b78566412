package cedarpos.terminal.ui.order;

import cedarpos.domain.MenuItem;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.stock.ReservationStatus;
import cedarpos.terminal.store.StockBook;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** The saved order's lines as the order screen shows them: texts in the screen's language, states spelled out. */
final class PlacedLines {
    private PlacedLines() {
    }

    /**
     * @param open   the order takes changes: standing lines can be voided
     * @param claims each line's claim on stock
     * @param menu   today's menu, for the dishes' names in Arabic
     */
    static List<PlacedLine> of(MergedOrder order, boolean open, Map<OrderLineId, StockBook.Line> claims,
                               List<MenuItem> menu, ResourceBundle messages) {
        boolean arabic = "ar".equals(messages.getLocale().getLanguage());
        return order.lines().stream().map(l -> placed(l, open, claims.get(l.line().id()), menu, messages, arabic))
                .toList();
    }

    private static PlacedLine placed(MergedLine l, boolean open, StockBook.Line claim, List<MenuItem> menu,
                                     ResourceBundle messages, boolean arabic) {
        String voidText = l.isVoided() ? MessageFormat.format(messages.getString("order.voided"),
                l.voided().reason(), l.voided().by()) : null;
        String conflict = l.flags().isEmpty() ? null : l.flags().stream().sorted()
                .map(k -> messages.getString("conflict." + k.name())).reduce((a, b) -> a + "; " + b).orElseThrow();
        ReservationStatus stock = claim == null ? null : claim.status();
        String stockText = stock == ReservationStatus.PENDING ? messages.getString("order.stockPending")
                : stock == ReservationStatus.DENIED
                ? MessageFormat.format(messages.getString("order.stockDenied"), claim.denied()) : null;
        String shown = shownName(l, menu, arabic);
        String mods = String.join(arabic ? "\u060c " : ", ", l.modifiers().stream()
                .map(m -> arabic ? m.nameAr() : m.nameEn()).toList());
        // a voided line shows what it would have cost, struck through; the order total leaves it out
        String discount = l.discount() == null || l.isVoided() ? null : MessageFormat.format(
                messages.getString("order.lineDiscount"), l.discount().describe(l.line().unitPrice().currency()),
                l.discountAmount().display());
        return new PlacedLine(l.line().id(), l.line().name(), shown, l.line().quantity(),
                l.isVoided() ? l.line().total() : l.total(),
                mods.isEmpty() ? null : mods, l.note(), l.sent(), voidText, conflict, !l.isVoided() && open,
                stockText, stock == ReservationStatus.DENIED, seating(l.seat(), l.course(), l.held(), messages),
                discount);
    }

    /** The line's dish in the screen's language: the menu's Arabic name, or the ordered name. */
    static String shownName(MergedLine l, List<MenuItem> menu, boolean arabic) {
        return arabic ? menu.stream().filter(m -> m.id().equals(l.line().menuItemId())).map(MenuItem::nameAr)
                .findFirst().orElse(l.line().name()) : l.line().name();
    }

    /** "Seat 2 · Course 2 (held)"; null for a line of the whole table that is not coursed. */
    static String seating(Integer seat, Integer course, boolean held, ResourceBundle messages) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (seat != null) {
            parts.add(MessageFormat.format(messages.getString("seat.n"), seat));
        }
        if (course != null) {
            parts.add(MessageFormat.format(messages.getString(held ? "course.held" : "course.n"), course));
        }
        return parts.isEmpty() ? null : String.join(" \u00b7 ", parts);
    }
}
