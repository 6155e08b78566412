package cedarpos.server.floor;

import cedarpos.domain.BranchId;
import cedarpos.domain.DiningTable;
import cedarpos.domain.TableId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A branch's dining tables: where they are and how many they seat. Every method joins the caller's transaction. */
public interface FloorPlan {
    /** The branch's tables by area and label, as terminals receive them in the catalog; empty for an unknown branch. */
    List<DiningTable> tables(BranchId branch);

    /**
     * The Arabic names of the areas of the branch's tables, by area, as terminals receive them in the catalog (an area
     * without one is left out); empty for an unknown branch.
     */
    Map<String, String> areaNamesAr(BranchId branch);

    /** The ids of every table of the branch (empty for an unknown branch): one query for a whole batch. */
    Set<TableId> tableIdsOf(BranchId branch);
}
