package cedarpos.terminal.store.internal;

import cedarpos.terminal.store.internal.Rows.AdjustmentRow;
import cedarpos.terminal.store.internal.Rows.PortionRow;
import cedarpos.terminal.store.internal.Rows.StockItemRow;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Stock adjustments (a grow-only set keyed by id), stock items with the server's balances, and recipes. */
public interface StockMapper {
    /** @return 1 when new, 0 when the adjustment was already here */
    @Insert("INSERT OR IGNORE INTO stock_adjustment (id, stock_item_id, reason, delta, note, stamp)"
            + " VALUES (#{id}, #{stockItemId}, #{reason}, #{delta}, #{note}, #{stamp})")
    int insertIfAbsent(AdjustmentRow row);

    @Select("SELECT COALESCE(SUM(delta), 0) FROM stock_adjustment WHERE stock_item_id = #{itemId}")
    long level(String itemId);

    /** A catalog's item: its name and unit always, its balance only when newer than the one held. */
    @Insert("INSERT INTO stock_item (id, name, unit, level, held, version, updated_at_ms)"
            + " VALUES (#{id}, #{name}, #{unit}, #{level}, #{held}, #{version}, #{updatedAtMs})"
            + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, unit = excluded.unit,"
            + " level = CASE WHEN excluded.version > stock_item.version THEN excluded.level ELSE stock_item.level END,"
            + " held = CASE WHEN excluded.version > stock_item.version THEN excluded.held ELSE stock_item.held END,"
            + " version = MAX(excluded.version, stock_item.version), updated_at_ms = excluded.updated_at_ms")
    void upsertItem(StockItemRow row);

    /** @return 1 when the balance was newer than the one held (or the item unknown: 0) */
    @Update("UPDATE stock_item SET level = #{level}, held = #{held}, version = #{version},"
            + " updated_at_ms = #{updatedAtMs} WHERE id = #{id} AND version < #{version}")
    int updateBalance(StockItemRow row);

    /** Any balance heard is news of the item, even one not newer: the terminal knows it is current. */
    @Update("UPDATE stock_item SET updated_at_ms = #{nowMs} WHERE id = #{id}")
    void heard(String id, long nowMs);

    /** A restored server counts versions from where its backup stood: take whatever it says next. */
    @Update("UPDATE stock_item SET version = 0")
    void forgetVersions();

    @Select("SELECT id, name, unit, level, held, version, updated_at_ms FROM stock_item ORDER BY name")
    List<StockItemRow> items();

    @Delete("DELETE FROM recipe_portion")
    void deleteRecipes();

    @Insert("INSERT INTO recipe_portion (menu_item_id, stock_item_id, per_portion)"
            + " VALUES (#{menuItemId}, #{stockItemId}, #{perPortion})")
    void insertPortion(PortionRow row);

    @Select("SELECT menu_item_id, stock_item_id, per_portion FROM recipe_portion ORDER BY menu_item_id, stock_item_id")
    List<PortionRow> recipes();
}
