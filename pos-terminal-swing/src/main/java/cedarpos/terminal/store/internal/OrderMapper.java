package cedarpos.terminal.store.internal;

import cedarpos.terminal.store.internal.Rows.LineRow;
import cedarpos.terminal.store.internal.Rows.OrderRow;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;

/**
 * Orders: the stored OrderState (state_json) and the rows materialized from its
 * merge. local_version counts local writes (a row's localVersion is the increment).
 */
public interface OrderMapper {
    @Select("SELECT state_json FROM customer_order WHERE id = #{id}")
    String stateJson(String id);

    /** Newest first; rows from before V3 (no state) are not orders this version can merge. */
    @Select("SELECT state_json FROM customer_order WHERE state_json IS NOT NULL ORDER BY opened_at_ms DESC, id DESC")
    List<String> allStateJson();

    /** Orders opened since {@code sinceMs}, newest first, at most {@code limit}. */
    @Select("SELECT state_json FROM customer_order WHERE state_json IS NOT NULL AND opened_at_ms >= #{sinceMs}"
            + " ORDER BY opened_at_ms DESC, id DESC LIMIT #{limit}")
    List<String> recentStateJson(@org.apache.ibatis.annotations.Param("sinceMs") long sinceMs,
                                 @org.apache.ibatis.annotations.Param("limit") int limit);

    /** Orders still on a table or at the counter: not settled, not cancelled. */
    @Select("SELECT state_json FROM customer_order WHERE state_json IS NOT NULL AND status IN ('OPEN', 'SENT')"
            + " ORDER BY opened_at_ms DESC, id DESC")
    List<String> openStateJson();

    @Insert("INSERT INTO customer_order (id, branch_id, table_id, opened_by, status, currency, opened_at_ms,"
            + " total_minor, sync_status, local_version, state_json, payment, discount_json, discount_minor, guests,"
            + " conflict_count) VALUES (#{id}, #{branchId}, #{tableId}, #{openedBy}, #{status}, #{currency},"
            + " #{openedAtMs}, #{totalMinor}, #{syncStatus}, #{localVersion}, #{stateJson}, #{payment},"
            + " #{discountJson}, #{discountMinor}, #{guests}, #{conflictCount})"
            + " ON CONFLICT (id) DO UPDATE SET table_id = excluded.table_id, status = excluded.status,"
            + " total_minor = excluded.total_minor, sync_status = excluded.sync_status,"
            + " local_version = customer_order.local_version + excluded.local_version,"
            + " state_json = excluded.state_json, payment = excluded.payment,"
            + " discount_json = excluded.discount_json, discount_minor = excluded.discount_minor,"
            + " guests = excluded.guests, conflict_count = excluded.conflict_count")
    void upsertOrder(OrderRow row);

    @Insert("INSERT INTO order_line (id, order_id, line_no, menu_item_id, name, quantity, unit_price_minor,"
            + " sync_status, local_version, note, voided, void_reason, void_by, sent, flags) VALUES (#{id},"
            + " #{orderId}, #{lineNo}, #{menuItemId}, #{name}, #{quantity}, #{unitPriceMinor}, #{syncStatus},"
            + " #{localVersion}, #{note}, #{voided}, #{voidReason}, #{voidBy}, #{sent}, #{flags})"
            + " ON CONFLICT (id) DO UPDATE SET line_no = excluded.line_no, quantity = excluded.quantity,"
            + " sync_status = excluded.sync_status, local_version = order_line.local_version + excluded.local_version,"
            + " note = excluded.note, voided = excluded.voided, void_reason = excluded.void_reason,"
            + " void_by = excluded.void_by, sent = excluded.sent, flags = excluded.flags")
    void upsertLine(LineRow row);

    @Select("SELECT id, order_id, line_no, menu_item_id, name, quantity, unit_price_minor, sync_status,"
            + " local_version, note, voided, void_reason, void_by, sent, flags FROM order_line"
            + " WHERE order_id = #{orderId} ORDER BY line_no")
    List<LineRow> lines(String orderId);
}
