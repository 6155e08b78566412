package cedarpos.terminal.store.internal;

import cedarpos.terminal.store.internal.ShiftRows.MovementRow;
import cedarpos.terminal.store.internal.ShiftRows.ShiftRow;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Shifts, their drawer movements, and the settlements a closing shift looks through. */
public interface ShiftMapper {
    String SHIFT_COLUMNS = "id, terminal_id, opened_by, opened_at_ms, open_seq, float_usd, float_lbp, closed_by,"
            + " closed_at_ms, close_seq, counted_usd, counted_lbp, report_json";

    @Insert("INSERT INTO shift (id, terminal_id, opened_by, opened_at_ms, open_seq, float_usd, float_lbp,"
            + " sync_status, local_version) VALUES (#{id}, #{terminalId}, #{openedBy}, #{openedAtMs}, #{openSeq},"
            + " #{floatUsd}, #{floatLbp}, 'pending', 1)")
    void insert(ShiftRow row);

    /** @return 1 when the shift was open and is now closed */
    @Update("UPDATE shift SET closed_by = #{closedBy}, closed_at_ms = #{closedAtMs}, close_seq = #{closeSeq},"
            + " counted_usd = #{countedUsd}, counted_lbp = #{countedLbp}, report_json = #{reportJson},"
            + " sync_status = 'pending', local_version = local_version + 1 WHERE id = #{id} AND close_seq IS NULL")
    int close(ShiftRow row);

    @Select("SELECT " + SHIFT_COLUMNS + " FROM shift WHERE terminal_id = #{terminalId} AND close_seq IS NULL")
    ShiftRow open(String terminalId);

    @Select("SELECT " + SHIFT_COLUMNS + " FROM shift WHERE id = #{id}")
    ShiftRow find(String id);

    /** Closed shifts, the last closed first. */
    @Select("SELECT " + SHIFT_COLUMNS + " FROM shift WHERE close_seq IS NOT NULL ORDER BY close_seq DESC"
            + " LIMIT #{limit}")
    List<ShiftRow> closed(int limit);

    @Insert("INSERT INTO drawer_movement (id, shift_id, kind, amount_minor, currency, reason, by_name, approved_by,"
            + " at_ms, seq, sync_status, local_version) VALUES (#{id}, #{shiftId}, #{kind}, #{amountMinor},"
            + " #{currency}, #{reason}, #{byName}, #{approvedBy}, #{atMs}, #{seq}, 'pending', 1)")
    void insertMovement(MovementRow row);

    @Select("SELECT id, shift_id, kind, amount_minor, currency, reason, by_name, approved_by, at_ms, seq"
            + " FROM drawer_movement WHERE shift_id = #{shiftId} ORDER BY seq")
    List<MovementRow> movements(String shiftId);

    /**
     * The orders this terminal settled or refunded after outbox entry {@code afterSeq}: its own settle, payPart and
     * refund entries are the log of its settlements and refunds (the outbox keeps entries after the server acks
     * them). The Z report picks from these the sales and refunds its shift covers.
     */
    @Select("SELECT DISTINCT record_id FROM outbox WHERE entity = 'order'"
            + " AND operation IN ('settle', 'payPart', 'refund')"
            + " AND seq > #{afterSeq} AND terminal_id = #{terminalId}")
    List<String> settledAfter(long afterSeq, String terminalId);
}
