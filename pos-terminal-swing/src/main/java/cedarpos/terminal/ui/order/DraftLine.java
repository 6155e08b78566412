package cedarpos.terminal.ui.order;

import cedarpos.domain.LineModifier;
import cedarpos.domain.MenuItem;
import cedarpos.domain.ModifierOption;
import cedarpos.domain.Modifiers;
import cedarpos.domain.Money;
import java.util.List;
import java.util.UUID;

/** One line of the order being built, before it is placed: a dish with its chosen modifiers, so many times. */
public record DraftLine(MenuItem item, int quantity, List<ModifierOption> modifiers) {
    public DraftLine {
        modifiers = List.copyOf(modifiers);
    }

    public DraftLine(MenuItem item, int quantity) {
        this(item, quantity, List.of());
    }

    /** Two taps of the same dish with the same choices make one line of two. */
    public Key key() {
        return new Key(item.id().value(), modifiers.stream().map(ModifierOption::id).toList());
    }

    public DraftLine times(int newQuantity) {
        return new DraftLine(item, newQuantity, modifiers);
    }

    public Money unitPrice() {
        return Modifiers.price(item.price(), modifiers.stream().map(LineModifier::of).toList());
    }

    public Money total() {
        return unitPrice().times(quantity);
    }

    public record Key(UUID item, List<UUID> options) {
    }
}
