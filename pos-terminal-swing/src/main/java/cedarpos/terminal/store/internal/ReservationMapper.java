package cedarpos.terminal.store.internal;

import cedarpos.terminal.store.internal.Rows.AlertRow;
import cedarpos.terminal.store.internal.Rows.ReservationRow;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Order lines' claims on stock as this terminal knows them, and the denials its waiter must see. */
public interface ReservationMapper {
    String COLUMNS = "line_id, order_id, menu_item_id, want, status, pending, portions_json, decision_json, version,"
            + " updated_at_ms";

    @Select("SELECT " + COLUMNS + " FROM reservation WHERE line_id = #{lineId}")
    ReservationRow find(String lineId);

    @Select("SELECT " + COLUMNS + " FROM reservation WHERE order_id = #{orderId}")
    List<ReservationRow> ofOrder(String orderId);

    /** Claims waiting on the server, which count against the stock this terminal believes is available. */
    @Select("SELECT " + COLUMNS + " FROM reservation WHERE pending > 0")
    List<ReservationRow> pending();

    @Insert("INSERT INTO reservation (" + COLUMNS + ") VALUES (#{lineId}, #{orderId}, #{menuItemId}, #{want},"
            + " #{status}, #{pending}, #{portionsJson}, #{decisionJson}, #{version}, #{updatedAtMs})"
            + " ON CONFLICT (line_id) DO UPDATE SET want = excluded.want, status = excluded.status,"
            + " pending = excluded.pending, portions_json = excluded.portions_json,"
            + " decision_json = excluded.decision_json, version = excluded.version,"
            + " updated_at_ms = excluded.updated_at_ms")
    void upsert(ReservationRow row);

    /** The order's table, null for a counter order (or an order not here). */
    @Select("SELECT table_id FROM customer_order WHERE id = #{orderId}")
    String tableOf(String orderId);

    /** A restored server decides again from version 1: every decision it sends from now on is news. */
    @Update("UPDATE reservation SET version = 0")
    void forgetVersions();

    /** @return 1 when new, 0 when this decision was already raised */
    @Insert("INSERT OR IGNORE INTO stock_alert (line_id, order_id, version, dish, portions, table_label, created_at)"
            + " VALUES (#{lineId}, #{orderId}, #{version}, #{dish}, #{portions}, #{tableLabel}, #{createdAt})")
    int insertAlert(AlertRow row);

    @Select("SELECT id, line_id, order_id, version, dish, portions, table_label, created_at, acknowledged_at"
            + " FROM stock_alert WHERE acknowledged_at IS NULL ORDER BY id")
    List<AlertRow> openAlerts();

    @Update("UPDATE stock_alert SET acknowledged_at = #{nowMs} WHERE id = #{id} AND acknowledged_at IS NULL")
    int acknowledge(long id, long nowMs);
}
