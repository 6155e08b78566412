package cedarpos.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Choices asked for when a dish is ordered: "Doneness" (exactly one), "Sauces" (up to three). {@code min} above zero
 * makes the group required. It applies to the menu items it lists.
 */
public record ModifierGroup(UUID id, String nameEn, String nameAr, int min, int max, List<ModifierOption> options,
                            List<MenuItemId> appliesTo) {
    public static final int MAX_NAME = 100;
    public static final int MAX_OPTIONS = 30;

    public ModifierGroup {
        Ids.required(id, "modifier group id");
        requireName(nameEn, "modifier group English name");
        requireName(nameAr, "modifier group Arabic name");
        options = List.copyOf(Ids.required(options, "modifier options"));
        appliesTo = List.copyOf(Ids.required(appliesTo, "modifier group items"));
        if (options.isEmpty() || options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("a modifier group has 1.." + MAX_OPTIONS + " options");
        }
        if (min < 0 || max < 1 || min > max || max > options.size()) {
            throw new IllegalArgumentException("modifier group \"" + nameEn + "\": choose min " + min + " max " + max
                    + " of " + options.size() + " options is impossible");
        }
        Set<UUID> ids = new HashSet<>();
        for (ModifierOption o : options) {
            if (!ids.add(o.id())) {
                throw new IllegalArgumentException("modifier option " + o.id() + " appears twice");
            }
        }
    }

    public boolean required() {
        return min > 0;
    }

    public boolean appliesTo(MenuItemId item) {
        return appliesTo.contains(item);
    }

    static String requireName(String name, String what) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException(what + " is 1.." + MAX_NAME + " characters");
        }
        return name;
    }
}
