package cedarpos.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The modifier rules of a menu: which groups a dish asks for, and whether a choice satisfies them. */
public final class Modifiers {
    private Modifiers() {
    }

    /** The groups that apply to {@code item}, in menu order. */
    public static List<ModifierGroup> groupsFor(MenuItemId item, List<ModifierGroup> groups) {
        return groups.stream().filter(g -> g.appliesTo(item)).toList();
    }

    /**
     * The chosen options as line modifiers, in group and option order.
     *
     * @param itemName for the messages
     * @throws IllegalArgumentException naming the group when a required choice is missing, a group has too many,
     *                                  or an option is not one this dish offers
     */
    public static List<LineModifier> choose(MenuItemId item, String itemName, List<ModifierGroup> groups,
                                            List<UUID> chosen) {
        Set<UUID> wanted = new HashSet<>(chosen);
        if (wanted.size() != chosen.size()) {
            throw new IllegalArgumentException(itemName + ": a modifier is chosen twice");
        }
        List<LineModifier> out = new ArrayList<>();
        for (ModifierGroup g : groupsFor(item, groups)) {
            int n = 0;
            for (ModifierOption o : g.options()) {
                if (wanted.remove(o.id())) {
                    out.add(LineModifier.of(o));
                    n++;
                }
            }
            if (n < g.min()) {
                throw new IllegalArgumentException(itemName + " needs " + (g.min() == 1 ? "a choice" : g.min()
                        + " choices") + " of " + g.nameEn());
            }
            if (n > g.max()) {
                throw new IllegalArgumentException(itemName + ": at most " + g.max() + " of " + g.nameEn());
            }
        }
        if (!wanted.isEmpty()) {
            throw new IllegalArgumentException(itemName + " does not offer modifier " + wanted.iterator().next());
        }
        return out;
    }

    /** One portion's price with its modifiers. */
    public static Money price(Money base, List<LineModifier> modifiers) {
        long sum = base.minor();
        for (LineModifier m : modifiers) {
            sum = Math.addExact(sum, m.priceMinor());
        }
        return Money.of(sum, base.currency());
    }
}
