package cedarpos.server.till;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;

/**
 * The branch's copy of its tills' shifts: opening floats, pay-ins and pay-outs, closing counts and Z reports, as
 * each till recorded them (a till counts its own drawer, offline if need be).
 */
public interface TillShifts {
    /** One record a till pushed, in its push's transaction. */
    void record(BranchId branch, TerminalId terminal, UUID entryId, long seq, String operation, UUID shiftId,
                long atMs, String payload);

    /** A record as a manager reads it. */
    record ShiftRecord(TerminalId terminal, UUID shiftId, String operation, long atMs, JsonObject payload) {
    }

    /** The branch's newest {@code limit} records, newest first. */
    List<ShiftRecord> recent(BranchId branch, int limit);
}
