package cedarpos.terminal.store.internal;

import cedarpos.terminal.store.internal.Rows.AdjustmentRow;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;

/** Stock adjustments: a grow-only set keyed by id. */
public interface StockMapper {
    /** @return 1 when new, 0 when the adjustment was already here */
    @Insert("INSERT OR IGNORE INTO stock_adjustment (id, stock_item_id, reason, delta, note, stamp)"
            + " VALUES (#{id}, #{stockItemId}, #{reason}, #{delta}, #{note}, #{stamp})")
    int insertIfAbsent(AdjustmentRow row);

    @Select("SELECT COALESCE(SUM(delta), 0) FROM stock_adjustment WHERE stock_item_id = #{itemId}")
    long level(String itemId);
}
