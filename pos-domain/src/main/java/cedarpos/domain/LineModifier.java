package cedarpos.domain;

import java.util.UUID;

/**
 * A modifier as it was chosen on an order line: the option, its names then (the kitchen prints them; a later menu
 * edit does not rename a ticket already sent) and what it added to one portion's price.
 */
public record LineModifier(UUID optionId, String nameEn, String nameAr, long priceMinor) {
    public static final int MAX_PER_LINE = 20;

    public LineModifier {
        Ids.required(optionId, "modifier option id");
        ModifierGroup.requireName(nameEn, "modifier English name");
        ModifierGroup.requireName(nameAr, "modifier Arabic name");
        if (priceMinor < 0) {
            throw new IllegalArgumentException("a modifier cannot lower the price");
        }
    }

    public static LineModifier of(ModifierOption o) {
        return new LineModifier(o.id(), o.nameEn(), o.nameAr(), o.priceDelta().minor());
    }
}
