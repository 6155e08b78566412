package cedarpos.terminal.store.internal;

import cedarpos.terminal.store.internal.Rows.OutboxRow;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The outbox: local writes waiting for (or kept after) the server's ack. */
public interface OutboxMapper {
    @Insert("INSERT INTO outbox (entry_id, terminal_id, seq, entity, record_id, operation, payload, event_time_ms,"
            + " created_at_ms) VALUES (#{entryId}, #{terminalId}, #{seq}, #{entity}, #{recordId}, #{operation},"
            + " #{payload}, #{eventTimeMs}, #{createdAtMs})")
    void insert(OutboxRow row);

    @Select("SELECT entry_id, terminal_id, seq, entity, record_id, operation, payload, event_time_ms, created_at_ms,"
            + " synced_at_ms FROM outbox WHERE seq > #{afterSeq} ORDER BY seq LIMIT #{limit}")
    List<OutboxRow> after(long afterSeq, int limit);

    @Update("UPDATE outbox SET synced_at_ms = #{nowMs} WHERE seq <= #{seq} AND synced_at_ms IS NULL")
    int markSynced(long seq, long nowMs);

    @Update("UPDATE outbox SET synced_at_ms = NULL WHERE seq > #{seq} AND synced_at_ms IS NOT NULL")
    int markUnsynced(long seq);

    @Select("SELECT COUNT(*) FROM outbox WHERE synced_at_ms IS NULL")
    long pendingCount();

    @Select("SELECT MIN(created_at_ms) FROM outbox WHERE synced_at_ms IS NULL")
    Long oldestPendingCreatedAt();

    @Select("SELECT COUNT(*) FROM outbox WHERE record_id = #{recordId} AND synced_at_ms IS NULL")
    long pendingFor(String recordId);

    @Select("SELECT COUNT(*) FROM outbox WHERE seq > #{seq}")
    long countAfter(long seq);

    @Select("SELECT COUNT(*) FROM outbox")
    long count();

    @Select("SELECT COALESCE(MAX(seq), 0) FROM outbox")
    long maxSeq();
}
