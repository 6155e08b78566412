package cedarpos.terminal.store;

import java.util.List;
import java.util.ArrayList;
import cedarpos.terminal.store.internal.RowMapping;
import cedarpos.terminal.store.internal.CatalogMapper;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.DiningTable;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TableId;
import cedarpos.domain.TableStatus;
import cedarpos.domain.merge.StockAdjustment;
import cedarpos.domain.merge.TableState;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.StockAdjustmentJson;
import cedarpos.protocol.v1.TableStateJson;
import cedarpos.terminal.store.LocalWrites.Entry;
import cedarpos.terminal.store.internal.FloorRepository;
import cedarpos.terminal.store.internal.OrderRepository;
import cedarpos.terminal.store.internal.Rows.TableRow;
import cedarpos.terminal.store.internal.SqliteDatabase;
import cedarpos.terminal.store.internal.StockMapper;
import cedarpos.terminal.store.internal.TableMapper;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;

/** The floor plan, table statuses (last-write-wins registers) and stock adjustments (a grow-only set). */
final class FloorAndStock {
    private final SqliteDatabase db;
    private final LocalWrites writes;

    FloorAndStock(SqliteDatabase db, LocalWrites writes) {
        this.db = db;
        this.writes = writes;
    }

    TableState setTableStatus(TableId table, TableStatus status) {
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

    Optional<TableStatus> tableStatus(TableId table) {
        try (SqlSession s = db.read()) {
            TableRow row = s.getMapper(TableMapper.class).table(table.toString());
            return row == null ? Optional.empty() : Optional.of(TableStatus.valueOf(row.status));
        }
    }

    StockAdjustment adjustStock(StockItemId item, StockAdjustment.Reason reason, long delta, String note) {
        if (item == null || reason == null) {
            throw new IllegalArgumentException("stock item and reason are required");
        }
        return writes.write(c -> {
            StockAdjustment a = new StockAdjustment(UUID.randomUUID(), item, reason, delta, note, c.stamp());
            FloorRepository.insertAdjustment(c.session(), a);
            return new Entry<>(Operations.STOCK, a.id().toString(), Operations.ADJUST,
                    StockAdjustmentJson.encode(a).toString(),
                    a);
        });
    }

    long stockLevel(StockItemId item) {
        try (SqlSession s = db.read()) {
            return s.getMapper(StockMapper.class).level(item.toString());
        }
    }

    /** See {@link TerminalStore#floor()}. */
    List<FloorTable> floorPlan() {
        try (SqlSession s = db.read()) {
            java.util.Map<TableId, MergedOrder> open = new java.util.HashMap<>();
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
