package cedarpos.server.changelog.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ChangePages;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.Jsons;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.server.broadcast.BranchChangesCommitted;
import cedarpos.server.changelog.BranchLock;
import cedarpos.server.changelog.BranchSetupChanged;
import cedarpos.server.changelog.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The change log in the {@code change_log} table, locked through the branch row's {@code change_head}. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JpaChangeLog implements ChangeLog {
    /** Room a record takes beside its stored payload: its keys, seq, entity, two UUIDs, a time, with margin. */
    static final int RECORD_OVERHEAD_CHARS = 256;

    @Inject
    private EntityManager em;

    @Inject
    private Event<BranchChangesCommitted> committed;

    @Inject
    private Event<BranchSetupChanged> setupChanged;

    @Override
    public Optional<BranchLock> lockIfExists(BranchId branch) {
        BranchHeadEntity head = em.find(BranchHeadEntity.class, branch.toString(), LockModeType.PESSIMISTIC_WRITE);
        return head == null ? Optional.empty() : Optional.of(new Held(branch, head));
    }

    @Override
    public OptionalLong head(BranchId branch) {
        BranchHeadEntity b = em.find(BranchHeadEntity.class, branch.toString());
        return b == null ? OptionalLong.empty() : OptionalLong.of(b.changeHead());
    }

    @Override
    public Changes page(BranchId branch, long afterSeq, int limit) {
        // sizes first, from the payload lengths, so a page of a few large orders never loads a thousand of them
        List<Object[]> sizes = em.createNamedQuery("ChangeLog.sizesAfter", Object[].class)
                .setParameter("branchId", branch.toString()).setParameter("afterSeq", afterSeq)
                .setMaxResults(limit).getResultList();
        int estimated = ChangePages.fitting(sizes, JpaChangeLog::estimatedChars, limit, ProtocolCodec.PAGE_CHARS);
        List<ChangeLogEntity> rows = estimated == 0 ? List.of()
                : em.createNamedQuery("ChangeLog.findAfter", ChangeLogEntity.class)
                .setParameter("branchId", branch.toString()).setParameter("afterSeq", afterSeq)
                .setMaxResults(estimated).getResultList();
        // rows first, head second: the head read later is never below a row already read
        long head = em.find(BranchHeadEntity.class, branch.toString()).changeHead();
        List<ChangeRecord> records = rows.stream().map(JpaChangeLog::toRecord).toList();
        // the estimate is an upper bound for what the server writes; the exact count is what the page promises
        int exact = ChangePages.fitting(records, ProtocolCodec::recordChars, limit, ProtocolCodec.PAGE_CHARS);
        return new Changes(head, records.subList(0, exact));
    }

    private static int estimatedChars(Object[] seqAndLength) {
        return ((Number) seqAndLength[1]).intValue() + RECORD_OVERHEAD_CHARS;
    }

    private static ChangeRecord toRecord(ChangeLogEntity c) {
        try (JsonReader reader = Jsons.reader(new StringReader(c.payload()))) {
            return new ChangeRecord(c.seq(), c.entity(), c.recordId(), TerminalId.parse(c.originTerminalId()),
                    c.committedAtMs(), reader.readObject());
        }
    }

    /** The lock as its holder sees it; valid until the transaction that took it ends. */
    private final class Held implements BranchLock {
        private final BranchId branch;
        private final BranchHeadEntity head;

        Held(BranchId branch, BranchHeadEntity head) {
            this.branch = branch;
            this.head = head;
        }

        @Override
        public BranchId branch() {
            return branch;
        }

        @Override
        public long head() {
            return head.changeHead();
        }

        @Override
        public long nextSeq() {
            return head.nextSeq();
        }

        @Override
        public void append(ChangeRecord r, String payloadText) {
            em.persist(new ChangeLogEntity(branch.toString(), r.seq(), r.entity(), r.recordId(),
                    r.origin().toString(), r.committedAtMs(), payloadText));
        }

        @Override
        public void committed(List<ChangeRecord> records, String originSessionId, Message originReply) {
            em.flush();
            committed.fire(new BranchChangesCommitted(branch, new Changes(head.changeHead(), records),
                    originSessionId, originReply));
        }

        @Override
        public Catalog setupChanged() {
            BranchSetupChanged change = new BranchSetupChanged(branch);
            setupChanged.fire(change);
            return change.published();
        }
    }
}
