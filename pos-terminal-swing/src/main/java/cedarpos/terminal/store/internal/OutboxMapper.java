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

    // a rejected entry stays rejected: the server that lost it gets it again by seq and refuses it again
    @Update("UPDATE outbox SET synced_at_ms = NULL WHERE seq > #{seq} AND synced_at_ms IS NOT NULL"
            + " AND rejected_code IS NULL")
    int markUnsynced(long seq);

    /** Matched by seq and entry id together: a rejection naming another entry under that seq changes nothing. */
    @Update("UPDATE outbox SET rejected_code = #{code}, rejected_message = #{message}, rejected_at_ms = #{nowMs},"
            + " synced_at_ms = COALESCE(synced_at_ms, #{nowMs}) WHERE seq = #{seq} AND entry_id = #{entryId}"
            + " AND rejected_code IS NULL")
    int markRejected(long seq, String entryId, String code, String message, long nowMs);

    @Select("SELECT COUNT(*) FROM outbox WHERE rejected_code IS NOT NULL")
    long rejectedCount();

    @Select("SELECT entry_id, terminal_id, seq, entity, record_id, operation, payload, event_time_ms, created_at_ms,"
            + " synced_at_ms, rejected_code, rejected_message, rejected_at_ms FROM outbox"
            + " WHERE rejected_code IS NOT NULL ORDER BY seq DESC LIMIT #{limit}")
    List<OutboxRow> rejected(int limit);

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
