package cedarpos.terminal.store.internal;

import cedarpos.terminal.store.internal.Rows.NoticeRow;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The kitchen notice queue. */
public interface NoticeMapper {
    /** Once per (kind, line, ref): applying the same change again queues nothing. */
    @Insert("INSERT OR IGNORE INTO kitchen_notice (kind, order_id, line_id, ref, text, created_at)"
            + " VALUES (#{kind}, #{orderId}, #{lineId}, #{ref}, #{text}, #{createdAt})")
    int insertIfAbsent(NoticeRow row);

    @Select("SELECT id, kind, order_id, line_id, text, created_at, printed_at FROM kitchen_notice ORDER BY id")
    List<NoticeRow> all();

    @Select("SELECT id, kind, order_id, line_id, text, created_at, printed_at FROM kitchen_notice"
            + " WHERE printed_at IS NULL ORDER BY id")
    List<NoticeRow> unprinted();

    @Update("UPDATE kitchen_notice SET printed_at = #{nowMs} WHERE id = #{id} AND printed_at IS NULL")
    int markPrinted(long id, long nowMs);
}
