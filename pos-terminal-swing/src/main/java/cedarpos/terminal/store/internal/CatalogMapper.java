package cedarpos.terminal.store.internal;

import cedarpos.terminal.store.internal.Rows.MenuRow;
import cedarpos.terminal.store.internal.Rows.TableRow;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;

/** Menu and floor plan: replaced as a whole by each catalog snapshot. */
public interface CatalogMapper {
    @Delete("DELETE FROM menu_item")
    void deleteMenu();

    @Insert("INSERT INTO menu_item (id, category, name_en, name_ar, price_minor, currency, sort_order)"
            + " VALUES (#{id}, #{category}, #{nameEn}, #{nameAr}, #{priceMinor}, #{currency}, #{sortOrder})")
    void insertItem(MenuRow row);

    @Select("SELECT id, category, name_en, name_ar, price_minor, currency, sort_order FROM menu_item"
            + " ORDER BY sort_order, name_en")
    List<MenuRow> menu();

    @Select("SELECT id, category, name_en, name_ar, price_minor, currency, sort_order FROM menu_item"
            + " WHERE id = #{id}")
    MenuRow item(String id);

    @Delete("DELETE FROM dining_table")
    void deleteTables();

    /** A table keeps its status register across catalogs: the floor plan changes, the room does not. */
    @Insert("INSERT INTO dining_table (id, label, area, seats, status, status_json) VALUES (#{id}, #{label},"
            + " #{area}, #{seats}, #{status}, #{statusJson})")
    void insertTable(TableRow row);

    // length first so that "T2" sorts before "T10"
    @Select("SELECT id, label, area, seats, status, status_json FROM dining_table"
            + " ORDER BY area, length(label), label")
    List<TableRow> tables();

    @Select("SELECT COUNT(*) FROM dining_table WHERE id = #{id}")
    int tableExists(String id);
}
