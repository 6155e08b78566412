package cedarpos.terminal.store.internal;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The print queue and the printing setup kept from the last catalog. */
public interface PrintJobMapper {
    String COLUMNS = "id, kind, station, printer, rerouted_from, order_id, order_number, table_label, ticket_json,"
            + " status, attempts, last_error, possible_duplicate, reprint_of, cause, created_at, printed_at,"
            + " printed_on";

    /** A job with a cause already queued is not queued again: 0 rows. */
    @Insert("INSERT OR IGNORE INTO print_job (kind, station, printer, order_id, order_number, table_label,"
            + " ticket_json, reprint_of, cause, created_at) VALUES (#{kind}, #{station}, #{printer}, #{orderId},"
            + " #{orderNumber}, #{tableLabel}, #{ticketJson}, #{reprintOf}, #{cause}, #{createdAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    int insert(PrintJobRow row);

    @Select("SELECT " + COLUMNS + " FROM print_job WHERE id = #{id}")
    PrintJobRow find(long id);

    @Select("SELECT " + COLUMNS + " FROM print_job WHERE printer = #{printer} AND status = 'QUEUED'"
            + " ORDER BY id LIMIT 1")
    PrintJobRow next(String printer);

    /** The jobs still owed, then the newest done ones, up to {@code limit} in all; newest first. */
    @Select("SELECT " + COLUMNS + " FROM print_job ORDER BY (status IN ('QUEUED', 'SENDING')) DESC, id DESC"
            + " LIMIT #{limit}")
    List<PrintJobRow> recent(int limit);

    @Select("SELECT " + COLUMNS + " FROM print_job WHERE order_id = #{orderId} ORDER BY id")
    List<PrintJobRow> ofOrder(String orderId);

    @Update("UPDATE print_job SET status = 'QUEUED', possible_duplicate = 1,"
            + " last_error = 'the terminal stopped while sending it' WHERE status = 'SENDING'")
    int recoverInterrupted();

    @Update("UPDATE print_job SET status = 'SENDING', attempts = attempts + 1 WHERE id = #{id}"
            + " AND status = 'QUEUED' AND printer = #{printer}")
    int markSending(long id, String printer);

    @Update("UPDATE print_job SET status = 'PRINTED', printed_at = #{nowMs}, printed_on = #{printer}"
            + " WHERE id = #{id} AND status = 'SENDING'")
    int markPrinted(long id, String printer, long nowMs);

    @Update("UPDATE print_job SET status = 'QUEUED', last_error = #{error},"
            + " possible_duplicate = possible_duplicate OR #{unknown} WHERE id = #{id} AND status = 'SENDING'")
    int requeue(long id, String error, boolean unknown);

    @Update("UPDATE print_job SET printer = #{to}, rerouted_from = COALESCE(rerouted_from, #{from})"
            + " WHERE station = #{station} AND printer = #{from} AND status = 'QUEUED'")
    int reroute(String station, String from, String to);

    @Update("UPDATE print_job SET status = 'CANCELLED' WHERE id = #{id} AND status = 'QUEUED'")
    int cancel(long id);

    @Insert("INSERT INTO printing_setup (id, version, json) VALUES (1, #{version}, #{json})"
            + " ON CONFLICT (id) DO UPDATE SET version = excluded.version, json = excluded.json")
    void saveSetup(long version, String json);

    @Select("SELECT json FROM printing_setup WHERE id = 1")
    String setupJson();
}
