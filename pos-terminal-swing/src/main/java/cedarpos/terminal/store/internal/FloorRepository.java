package cedarpos.terminal.store.internal;

import cedarpos.domain.merge.StockAdjustment;
import cedarpos.domain.merge.TableState;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.TableStateJson;
import cedarpos.terminal.store.internal.Rows.AdjustmentRow;
import cedarpos.terminal.store.internal.Rows.TableRow;
import org.apache.ibatis.session.SqlSession;

/** Table status registers and stock adjustments inside the caller's transaction. */
public final class FloorRepository {
    private FloorRepository() {
    }

    /** Joins {@code change} into the table's stored register and writes the result. */
    public static TableState saveTable(SqlSession s, TableRow row, TableState change, String syncStatus,
                                       boolean local) {
        TableState joined = change.join(stored(row));
        s.getMapper(TableMapper.class).setStatus(row.id, joined.value().name(),
                TableStateJson.encode(joined).toString(), syncStatus, local ? 1 : 0);
        return joined;
    }

    static TableState stored(TableRow row) {
        if (row.statusJson == null) {
            return null;
        }
        try {
            return TableStateJson.decode(RowMapping.json(row.statusJson));
        } catch (ProtocolException e) {
            throw new IllegalStateException("stored table status is unreadable: " + e.getMessage(), e);
        }
    }

    /** @return true when the adjustment was new here */
    public static boolean insertAdjustment(SqlSession s, StockAdjustment a) {
        AdjustmentRow r = new AdjustmentRow();
        r.id = a.id().toString();
        r.stockItemId = a.item().toString();
        r.reason = a.reason().name();
        r.delta = a.delta();
        r.note = a.note();
        r.stamp = a.stamp().encode();
        return s.getMapper(StockMapper.class).insertIfAbsent(r) == 1;
    }
}
