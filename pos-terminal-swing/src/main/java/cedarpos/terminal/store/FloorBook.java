package cedarpos.terminal.store;

import cedarpos.domain.DiningTable;
import cedarpos.domain.TableId;
import cedarpos.domain.TableStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.TableState;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.TableStateJson;
import cedarpos.terminal.store.LocalWrites.Entry;
import cedarpos.terminal.store.internal.CatalogMapper;
import cedarpos.terminal.store.internal.FloorRepository;
import cedarpos.terminal.store.internal.OrderRepository;
import cedarpos.terminal.store.internal.RowMapping;
import cedarpos.terminal.store.internal.Rows.TableRow;
import cedarpos.terminal.store.internal.SqliteDatabase;
import cedarpos.terminal.store.internal.TableMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;

/** The floor: the branch's tables, their statuses (last-write-wins registers) and the open check on each. */
public final class FloorBook {
    private final SqliteDatabase db;
    private final LocalWrites writes;

    FloorBook(SqliteDatabase db, LocalWrites writes) {
        this.db = db;
        this.writes = writes;
    }

    /** Sets a table's status (last write wins by server-clock stamp). */
    public TableState setStatus(TableId table, TableStatus status) {
        if (table == null || status == null) {
            throw new IllegalArgumentException("table and status are required");
        }
        return writes.write(c -> {
            TableRow row = c.session().getMapper(TableMapper.class).table(table.toString());
            if (row == null) {
                throw new IllegalArgumentException("unknown table " + table);
            }
            TableState delta = TableState.of(table, status, c.stamp());
            TableState joined = FloorRepository.saveTable(c.session(), row, delta, OrderRepository.PENDING, true);
            return new Entry<>(Operations.TABLE, table.toString(), Operations.STATUS,
                    TableStateJson.encode(delta).toString(),
                    joined);
        });
    }

    /** Empty for a table not on the floor plan; AVAILABLE for one never written. */
    public Optional<TableStatus> status(TableId table) {
        try (SqlSession s = db.read()) {
            TableRow row = s.getMapper(TableMapper.class).table(table.toString());
            return row == null ? Optional.empty() : Optional.of(TableStatus.valueOf(row.status));
        }
    }

    /** The branch's tables from the last catalog. */
    public List<DiningTable> tables() {
        try (SqlSession s = db.read()) {
            return s.getMapper(CatalogMapper.class).tables().stream().map(RowMapping::table).toList();
        }
    }

    /**
     * The floor plan as it stands: each table with its status and the open check on it, if any. A table with an
     * open check is occupied whatever its status register says; otherwise the register (available, reserved,
     * cleaning) decides.
     */
    public List<FloorTable> plan() {
        try (SqlSession s = db.read()) {
            Map<TableId, MergedOrder> open = new HashMap<>();
            for (OrderState st : OrderRepository.loadOpen(s)) {
                MergedOrder m = st.merge();
                // newest first: an older open check on the same table (two tills, offline) stays reachable below
                if (m != null && m.tableId() != null) {
                    open.putIfAbsent(m.tableId(), m);
                }
            }
            List<FloorTable> floor = new ArrayList<>();
            for (var row : s.getMapper(CatalogMapper.class).tables()) {
                DiningTable t = RowMapping.table(row);
                MergedOrder check = open.get(t.id());
                floor.add(new FloorTable(t, check != null ? TableStatus.OCCUPIED : TableStatus.valueOf(row.status),
                        check));
            }
            return floor;
        }
    }
}
