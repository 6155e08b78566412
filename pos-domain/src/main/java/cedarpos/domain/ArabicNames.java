package cedarpos.domain;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Arabic names a manager gave a branch's menu categories and table areas. A category ({@link MenuItem#category})
 * and an area ({@link DiningTable#area}) stay keyed by the name they were typed with, which reports, printing routes
 * and sales by category use; this only says how to show them in Arabic. One without an Arabic name shows its own.
 *
 * @param categories Arabic name by category (kept in key order)
 * @param areas      Arabic name by area (kept in key order)
 */
public record ArabicNames(Map<String, String> categories, Map<String, String> areas) {
    /** The longest category, and Arabic name of one: the size of the menu's category column. */
    public static final int MAX_CATEGORY_CHARS = 100;
    /** The longest area, and Arabic name of one: the size of the floor's area column. */
    public static final int MAX_AREA_CHARS = 50;
    public static final ArabicNames NONE = new ArabicNames(Map.of(), Map.of());

    public ArabicNames {
        categories = checked(categories, "category", MAX_CATEGORY_CHARS);
        areas = checked(areas, "area", MAX_AREA_CHARS);
    }

    /** The category as it shows in Arabic: its Arabic name, else the category itself. */
    public String category(String category) {
        return categories.getOrDefault(category, category);
    }

    /** The area as it shows in Arabic: its Arabic name, else the area itself. */
    public String area(String area) {
        return areas.getOrDefault(area, area);
    }

    public boolean isEmpty() {
        return categories.isEmpty() && areas.isEmpty();
    }

    private static Map<String, String> checked(Map<String, String> names, String what, int maxChars) {
        Ids.required(names, what + " names");
        TreeMap<String, String> copy = new TreeMap<>();
        names.forEach((key, arabic) -> {
            if (key == null || key.isBlank() || key.length() > maxChars) {
                throw new IllegalArgumentException("a " + what + " is 1 to " + maxChars + " characters, not blank");
            }
            if (arabic == null || arabic.isBlank() || arabic.length() > maxChars) {
                throw new IllegalArgumentException("the Arabic name of " + what + " " + Ids.quote(key) + " is 1 to "
                        + maxChars + " characters, not blank");
            }
            copy.put(key, arabic);
        });
        return Collections.unmodifiableSortedMap(copy);
    }
}
