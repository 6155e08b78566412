package cedarpos.terminal.store.internal;

import cedarpos.terminal.store.internal.Rows.LineRow;
import cedarpos.terminal.store.internal.Rows.OrderRow;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;

/** Orders and their lines. */
public interface OrderMapper {
    String ORDER_COLUMNS = "id, branch_id, table_id, opened_by, status, currency, opened_at_ms, total_minor,"
            + " sync_status, local_version";
    String LINE_COLUMNS = "id, order_id, line_no, menu_item_id, name, quantity, unit_price_minor, sync_status,"
            + " local_version";

    @Insert("INSERT INTO customer_order (" + ORDER_COLUMNS + ") VALUES (#{id}, #{branchId}, #{tableId},"
            + " #{openedBy}, #{status}, #{currency}, #{openedAtMs}, #{totalMinor}, #{syncStatus}, #{localVersion})")
    void insertOrder(OrderRow row);

    @Insert("INSERT INTO order_line (" + LINE_COLUMNS + ") VALUES (#{id}, #{orderId}, #{lineNo}, #{menuItemId},"
            + " #{name}, #{quantity}, #{unitPriceMinor}, #{syncStatus}, #{localVersion})")
    void insertLine(LineRow row);

    /** The server's reconciled copy replaces the header; local_version counts local writes only. */
    @Insert("INSERT INTO customer_order (" + ORDER_COLUMNS + ") VALUES (#{id}, #{branchId}, #{tableId},"
            + " #{openedBy}, #{status}, #{currency}, #{openedAtMs}, #{totalMinor}, 'synced', 0)"
            + " ON CONFLICT (id) DO UPDATE SET branch_id = excluded.branch_id, table_id = excluded.table_id,"
            + " opened_by = excluded.opened_by, status = excluded.status, currency = excluded.currency,"
            + " opened_at_ms = excluded.opened_at_ms, total_minor = excluded.total_minor, sync_status = 'synced'")
    void upsertSyncedOrder(OrderRow row);

    @Insert("INSERT INTO order_line (" + LINE_COLUMNS + ") VALUES (#{id}, #{orderId}, #{lineNo}, #{menuItemId},"
            + " #{name}, #{quantity}, #{unitPriceMinor}, 'synced', 0)"
            + " ON CONFLICT (id) DO UPDATE SET line_no = excluded.line_no, menu_item_id = excluded.menu_item_id,"
            + " name = excluded.name, quantity = excluded.quantity, unit_price_minor = excluded.unit_price_minor,"
            + " sync_status = 'synced'")
    void upsertSyncedLine(LineRow row);

    @Select("SELECT " + ORDER_COLUMNS + " FROM customer_order ORDER BY opened_at_ms DESC, id DESC")
    List<OrderRow> orders();

    @Select("SELECT " + ORDER_COLUMNS + " FROM customer_order WHERE id = #{id}")
    OrderRow order(String id);

    @Select("SELECT " + LINE_COLUMNS + " FROM order_line ORDER BY order_id, line_no")
    List<LineRow> allLines();

    @Select("SELECT " + LINE_COLUMNS + " FROM order_line WHERE order_id = #{orderId} ORDER BY line_no")
    List<LineRow> lines(String orderId);
}
