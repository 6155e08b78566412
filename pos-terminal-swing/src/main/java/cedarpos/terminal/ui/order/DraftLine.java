package cedarpos.terminal.ui.order;

import cedarpos.domain.LineModifier;
import cedarpos.domain.MenuItem;
import cedarpos.domain.ModifierOption;
import cedarpos.domain.Modifiers;
import cedarpos.domain.Money;
import java.util.List;
import java.util.UUID;

/**
 * One line of the order being built, before it is placed: a dish with its chosen modifiers and the cashier's note
 * for the kitchen, so many times.
 *
 * @param note   "no onions", or null
 * @param seat   the guest's seat, or null for the table
 * @param course the course, or null when the order is not coursed
 */
public record DraftLine(MenuItem item, int quantity, List<ModifierOption> modifiers, String note, Integer seat,
                        Integer course) {
    public DraftLine {
        modifiers = List.copyOf(modifiers);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public DraftLine(MenuItem item, int quantity, List<ModifierOption> modifiers, String note) {
        this(item, quantity, modifiers, note, null, null);
    }

    public DraftLine(MenuItem item, int quantity, List<ModifierOption> modifiers) {
        this(item, quantity, modifiers, null);
    }

    public DraftLine(MenuItem item, int quantity) {
        this(item, quantity, List.of());
    }

    /** Two taps of the same dish with the same choices, note, seat and course make one line of two. */
    public Key key() {
        return new Key(item.id().value(), modifiers.stream().map(ModifierOption::id).toList(), note, seat, course);
    }

    public DraftLine times(int newQuantity) {
        return new DraftLine(item, newQuantity, modifiers, note, seat, course);
    }

    public DraftLine withNote(String newNote) {
        return new DraftLine(item, quantity, modifiers, newNote, seat, course);
    }

    public Money unitPrice() {
        return Modifiers.price(item.price(), modifiers.stream().map(LineModifier::of).toList());
    }

    public Money total() {
        return unitPrice().times(quantity);
    }

    public record Key(UUID item, List<UUID> options, String note, Integer seat, Integer course) {
    }
}
