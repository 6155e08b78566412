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
 * @param note "no onions", or null
 */
public record DraftLine(MenuItem item, int quantity, List<ModifierOption> modifiers, String note) {
    public DraftLine {
        modifiers = List.copyOf(modifiers);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public DraftLine(MenuItem item, int quantity, List<ModifierOption> modifiers) {
        this(item, quantity, modifiers, null);
    }

    public DraftLine(MenuItem item, int quantity) {
        this(item, quantity, List.of());
    }

    /** Two taps of the same dish with the same choices and note make one line of two. */
    public Key key() {
        return new Key(item.id().value(), modifiers.stream().map(ModifierOption::id).toList(), note);
    }

    public DraftLine times(int newQuantity) {
        return new DraftLine(item, newQuantity, modifiers, note);
    }

    public DraftLine withNote(String newNote) {
        return new DraftLine(item, quantity, modifiers, newNote);
    }

    public Money unitPrice() {
        return Modifiers.price(item.price(), modifiers.stream().map(LineModifier::of).toList());
    }

    public Money total() {
        return unitPrice().times(quantity);
    }

    public record Key(UUID item, List<UUID> options, String note) {
    }
}
