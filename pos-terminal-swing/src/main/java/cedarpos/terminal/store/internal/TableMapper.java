package cedarpos.terminal.store.internal;

import cedarpos.terminal.store.internal.Rows.TableRow;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** A table's status register on the floor plan. */
public interface TableMapper {
    @Select("SELECT id, label, area, seats, status, status_json FROM dining_table WHERE id = #{id}")
    TableRow table(String id);

    @Update("UPDATE dining_table SET status = #{status}, status_json = #{statusJson},"
            + " sync_status = #{syncStatus}, local_version = local_version + #{localIncrement} WHERE id = #{id}")
    int setStatus(String id, String status, String statusJson, String syncStatus, int localIncrement);
}
