package cedarpos.terminal.ui.floor;

import java.util.List;

/**
 * One area of the floor plan with its tables.
 *
 * @param key  the area as the tables have it
 * @param name the area in this screen's language: its Arabic name in Arabic when it has one, else the key
 */
public record FloorArea(String key, String name, List<TableTile> tables) {
    public FloorArea {
        tables = List.copyOf(tables);
    }
}
