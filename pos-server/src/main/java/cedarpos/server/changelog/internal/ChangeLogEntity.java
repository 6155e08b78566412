package cedarpos.server.changelog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One row of a branch's change log: the queue every terminal of the branch pulls from. */
@Entity(name = "ChangeLog")
@Table(name = "change_log")
@IdClass(ChangeLogEntity.Key.class)
@NamedQuery(name = "ChangeLog.findAfter",
        query = "SELECT c FROM ChangeLog c WHERE c.branchId = :branchId AND c.seq > :afterSeq ORDER BY c.seq")
@NamedQuery(name = "ChangeLog.sizesAfter",
        query = "SELECT c.seq, LENGTH(c.payload) FROM ChangeLog c WHERE c.branchId = :branchId AND c.seq > :afterSeq"
                + " ORDER BY c.seq")
public class ChangeLogEntity {
    @Id
    @Column(name = "branch_id", length = 36)
    private String branchId;

    @Id
    @Column(name = "seq")
    private long seq;

    @Column(name = "entity", nullable = false)
    private String entity;

    @Column(name = "record_id", nullable = false, length = 36)
    private String recordId;

    @Column(name = "origin_terminal_id", nullable = false, length = 36)
    private String originTerminalId;

    @Column(name = "committed_at_ms", nullable = false)
    private long committedAtMs;

    @Column(name = "payload", nullable = false, length = 1000000)
    private String payload;

    protected ChangeLogEntity() {
    }

    ChangeLogEntity(String branchId, long seq, String entity, String recordId, String originTerminalId,
                    long committedAtMs, String payload) {
        this.branchId = branchId;
        this.seq = seq;
        this.entity = entity;
        this.recordId = recordId;
        this.originTerminalId = originTerminalId;
        this.committedAtMs = committedAtMs;
        this.payload = payload;
    }

    long seq() {
        return seq;
    }

    String entity() {
        return entity;
    }

    String recordId() {
        return recordId;
    }

    String originTerminalId() {
        return originTerminalId;
    }

    long committedAtMs() {
        return committedAtMs;
    }

    String payload() {
        return payload;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String branchId;
        private long seq;

        public Key() {
        }

        public Key(String branchId, long seq) {
            this.branchId = branchId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.seq == seq && Objects.equals(k.branchId, branchId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(branchId, seq);
        }
    }
}
