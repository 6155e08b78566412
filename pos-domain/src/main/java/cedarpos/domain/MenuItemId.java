package cedarpos.domain;

import java.util.UUID;

/** A dish or drink on the menu. */
public record MenuItemId(UUID value) {
    public MenuItemId {
        Ids.required(value, "menu item id");
    }

    public static MenuItemId random() {
        return new MenuItemId(UUID.randomUUID());
    }

    public static MenuItemId parse(String text) {
        return new MenuItemId(Ids.uuid(text, "menu item id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
