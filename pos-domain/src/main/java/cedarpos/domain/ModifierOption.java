package cedarpos.domain;

import java.util.UUID;

/** One choice of a {@link ModifierGroup}, e.g. "Well done" or "Extra garlic sauce", with what it adds to the price. */
public record ModifierOption(UUID id, String nameEn, String nameAr, Money priceDelta) {
    public ModifierOption {
        Ids.required(id, "modifier option id");
        Ids.required(priceDelta, "modifier price");
        ModifierGroup.requireName(nameEn, "modifier option English name");
        ModifierGroup.requireName(nameAr, "modifier option Arabic name");
        if (priceDelta.isNegative()) {
            throw new IllegalArgumentException("a modifier cannot lower the price");
        }
    }
}
