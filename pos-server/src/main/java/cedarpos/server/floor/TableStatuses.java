package cedarpos.server.floor;

import cedarpos.domain.BranchId;
import cedarpos.domain.merge.TableState;
import java.util.List;

/** Table statuses as last-write-wins registers. Writes join the caller's transaction. */
public interface TableStatuses {

    /** A table as the REST API shows it; {@code statusStamp} is null while no terminal ever wrote its status. */
    record TableView(String id, String label, String area, int seats, String status, String statusStamp) {
    }

    /** A table write naming a table the branch does not have; nothing was written. */
    class TableRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int index;

        public TableRejected(String message, int index) {
            super(message);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    /**
     * Joins each change into its table's stored register, in turn, with one query for the batch.
     *
     * @return each table's state after its change, one per change
     * @throws TableRejected when a change names a table that is not the branch's
     */
    List<TableState> applyAll(BranchId branch, List<TableState> changes);

    /** The branch's tables with their status, by area and label. */
    List<TableView> tables(BranchId branch);
}
