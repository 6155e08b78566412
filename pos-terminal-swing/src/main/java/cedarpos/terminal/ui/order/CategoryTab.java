package cedarpos.terminal.ui.order;

/**
 * A category of the menu as its tab shows it.
 *
 * @param key  the category as the dishes have it (what selecting the tab selects)
 * @param name the category in this screen's language: its Arabic name in Arabic when it has one, else the key
 */
public record CategoryTab(String key, String name) {
}
