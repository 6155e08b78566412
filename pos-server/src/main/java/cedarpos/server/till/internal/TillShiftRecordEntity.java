package cedarpos.server.till.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A shift record a till pushed, kept as it came. */
@Entity(name = "TillShiftRecord")
@Table(name = "till_shift_record")
@NamedQuery(name = "TillShiftRecord.findByBranch",
        query = "SELECT r FROM TillShiftRecord r WHERE r.branchId = :branchId ORDER BY r.atMs DESC, r.seq DESC")
public class TillShiftRecordEntity {
    @Id
    @Column(name = "entry_id", length = 36)
    private String entryId;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Column(name = "terminal_id", nullable = false, length = 36)
    private String terminalId;

    @Column(name = "seq", nullable = false)
    private long seq;

    @Column(name = "shift_id", nullable = false, length = 36)
    private String shiftId;

    @Column(name = "operation", nullable = false, length = 20)
    private String operation;

    @Column(name = "at_ms", nullable = false)
    private long atMs;

    @Column(name = "payload", nullable = false, length = 1_000_000)
    private String payload;

    protected TillShiftRecordEntity() {
    }

    TillShiftRecordEntity(String entryId, String branchId, String terminalId, long seq, String shiftId,
                          String operation, long atMs, String payload) {
        this.entryId = entryId;
        this.branchId = branchId;
        this.terminalId = terminalId;
        this.seq = seq;
        this.shiftId = shiftId;
        this.operation = operation;
        this.atMs = atMs;
        this.payload = payload;
    }

    String terminalId() {
        return terminalId;
    }

    String shiftId() {
        return shiftId;
    }

    String operation() {
        return operation;
    }

    long atMs() {
        return atMs;
    }

    String payload() {
        return payload;
    }
}
