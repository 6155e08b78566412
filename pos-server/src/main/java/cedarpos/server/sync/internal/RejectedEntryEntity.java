package cedarpos.server.sync.internal;

import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.Rejection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An outbox entry the server can never apply, kept whole for managers; its seq counts as applied. */
@Entity(name = "RejectedEntry")
@Table(name = "rejected_entry")
@IdClass(RejectedEntryEntity.Key.class)
@NamedQuery(name = "RejectedEntry.ofTerminalBetween", query = "SELECT r FROM RejectedEntry r"
        + " WHERE r.terminalId = :terminalId AND r.seq > :after AND r.seq <= :upTo ORDER BY r.seq")
@NamedQuery(name = "RejectedEntry.ofBranch", query = "SELECT r FROM RejectedEntry r"
        + " WHERE r.branchId = :branchId ORDER BY r.rejectedAtMs DESC, r.seq DESC")
@NamedQuery(name = "RejectedEntry.ofBranchTerminal", query = "SELECT r FROM RejectedEntry r"
        + " WHERE r.branchId = :branchId AND r.terminalId = :terminalId ORDER BY r.rejectedAtMs DESC, r.seq DESC")
public class RejectedEntryEntity {
    static final int MESSAGE_CHARS = 1000;
    private static final int NAME_CHARS = 100;

    @Column(name = "entry_id", nullable = false, length = 36)
    private String entryId;

    @Column(name = "branch_id", nullable = false, length = 36)
    private String branchId;

    @Id
    @Column(name = "terminal_id", length = 36)
    private String terminalId;

    @Id
    @Column(name = "seq")
    private long seq;

    @Column(name = "entity", nullable = false, length = NAME_CHARS)
    private String entity;

    @Column(name = "record_id", nullable = false, length = NAME_CHARS)
    private String recordId;

    @Column(name = "operation", nullable = false, length = NAME_CHARS)
    private String operation;

    @Column(name = "event_time_ms", nullable = false)
    private long eventTimeMs;

    @Column(name = "payload", nullable = false, length = 1100000)
    private String payload;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "message", nullable = false, length = MESSAGE_CHARS)
    private String message;

    @Column(name = "rejected_at_ms", nullable = false)
    private long rejectedAtMs;

    protected RejectedEntryEntity() {
    }

    RejectedEntryEntity(String branchId, String terminalId, OutboxEntry e, Rejection r, long rejectedAtMs) {
        this.entryId = e.entryId().toString();
        this.branchId = branchId;
        this.terminalId = terminalId;
        this.seq = e.seq();
        this.entity = cut(e.entity(), NAME_CHARS);
        this.recordId = cut(e.recordId(), NAME_CHARS);
        this.operation = cut(e.operation(), NAME_CHARS);
        this.eventTimeMs = e.eventTimeMs();
        this.payload = e.payload().toString();
        this.code = r.code().name();
        this.message = r.message();
        this.rejectedAtMs = rejectedAtMs;
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Rejection rejection() {
        return new Rejection(seq, java.util.UUID.fromString(entryId), ErrorCode.valueOf(code), message);
    }

    public String entryId() { return entryId; }
    public String terminalId() { return terminalId; }
    public long seq() { return seq; }
    public String entity() { return entity; }
    public String recordId() { return recordId; }
    public String operation() { return operation; }
    public long eventTimeMs() { return eventTimeMs; }
    public String payload() { return payload; }
    public String code() { return code; }
    public String message() { return message; }
    public long rejectedAtMs() { return rejectedAtMs; }

    /** Primary key: a terminal's seq is rejected at most once. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String terminalId;
        private long seq;

        public Key() {
        }

        public Key(String terminalId, long seq) {
            this.terminalId = terminalId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.seq == seq && java.util.Objects.equals(k.terminalId, terminalId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(terminalId, seq);
        }
    }
}
