package cedarpos.terminal.store.internal;

import cedarpos.terminal.store.internal.Rows.StateRow;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The single terminal_state row: identity, sequence counter and sync progress. */
public interface StateMapper {
    @Select("SELECT terminal_id, branch_id, terminal_name, next_seq, last_acked_seq, change_cursor, server_epoch,"
            + " catalog_version, branch_name, currency, last_sync_at_ms, device_token IS NOT NULL AS has_device_token,"
            + " server_offset_ms, server_uri FROM terminal_state WHERE id = 1")
    StateRow find();

    @Select("SELECT device_token FROM terminal_state WHERE id = 1")
    String deviceToken();

    @Insert("INSERT INTO terminal_state (id, terminal_id, branch_id, terminal_name, branch_name, device_token)"
            + " VALUES (1, #{terminalId}, #{branchId}, #{name}, #{branchName}, #{token})")
    void insert(String terminalId, String branchId, String name, String branchName, String token);

    /** A re-enrollment: the branch may change only while nothing was ever written, so the sync state restarts. */
    @Update("UPDATE terminal_state SET branch_id = #{branchId}, terminal_name = #{name}, branch_name = #{branchName},"
            + " device_token = #{token} WHERE id = 1")
    void enroll(String branchId, String name, String branchName, String token);

    @Update("UPDATE terminal_state SET change_cursor = 0, server_epoch = NULL, catalog_version = 0 WHERE id = 1")
    void restartSync();

    @Update("UPDATE terminal_state SET server_offset_ms = #{offsetMs} WHERE id = 1")
    void setServerOffset(long offsetMs);

    @Update("UPDATE terminal_state SET terminal_name = #{name} WHERE id = 1")
    void rename(String name);

    @Update("UPDATE terminal_state SET server_uri = #{uri} WHERE id = 1")
    void setServer(String uri);

    /** Takes the sequence number read in the same transaction; the row lock makes it gapless. */
    @Update("UPDATE terminal_state SET next_seq = next_seq + 1 WHERE id = 1 AND next_seq = #{taken}")
    int advanceSeq(long taken);

    @Update("UPDATE terminal_state SET last_acked_seq = #{seq} WHERE id = 1")
    void setLastAcked(long seq);

    @Update("UPDATE terminal_state SET last_sync_at_ms = #{nowMs} WHERE id = 1")
    void setLastSync(long nowMs);

    @Update("UPDATE terminal_state SET change_cursor = #{cursor} WHERE id = 1")
    void setCursor(long cursor);

    @Update("UPDATE terminal_state SET server_epoch = #{epoch} WHERE id = 1")
    void setEpoch(String epoch);

    @Update("UPDATE terminal_state SET catalog_version = #{version}, branch_name = #{branchName},"
            + " currency = #{currency} WHERE id = 1")
    void setCatalog(long version, String branchName, String currency);
}
