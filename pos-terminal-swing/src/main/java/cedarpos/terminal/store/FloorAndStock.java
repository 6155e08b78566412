package cedarpos.terminal.store;

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

/** Table statuses (last-write-wins registers) and stock adjustments (a grow-only set). */
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

    /** @see TerminalStore#floor() */
    java.util.List<FloorTable> floor() {
        try (SqlSession s = db.read()) {
            java.util.Map<TableId, cedarpos.domain.merge.MergedOrder> open = new java.util.HashMap<>();
            for (cedarpos.domain.merge.OrderState st : OrderRepository.loadOpen(s)) {
                cedarpos.domain.merge.MergedOrder m = st.merge();
                // newest first: an older open check on the same table (two tills, offline) stays reachable below
                if (m != null && m.tableId() != null) {
                    open.putIfAbsent(m.tableId(), m);
                }
            }
            java.util.List<FloorTable> floor = new java.util.ArrayList<>();
            for (var row : s.getMapper(cedarpos.terminal.store.internal.CatalogMapper.class).tables()) {
                cedarpos.domain.DiningTable t = cedarpos.terminal.store.internal.RowMapping.table(row);
                cedarpos.domain.merge.MergedOrder check = open.get(t.id());
                floor.add(new FloorTable(t, check != null ? TableStatus.OCCUPIED : TableStatus.valueOf(row.status),
                        check));
            }
            return floor;
        }
    }
}
