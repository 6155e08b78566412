package cedarpos.domain;

/** A dish or drink as the terminal shows it: bilingual name, category and price. */
public record MenuItem(MenuItemId id, String category, String nameEn, String nameAr, Money price, int sortOrder) {
    public MenuItem {
        Ids.required(id, "menu item id");
        Ids.required(price, "price");
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("menu item category is required");
        }
        if (nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("menu item English name is required");
        }
        if (nameAr == null || nameAr.isBlank()) {
            throw new IllegalArgumentException("menu item Arabic name is required");
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("menu price cannot be negative");
        }
    }
}
