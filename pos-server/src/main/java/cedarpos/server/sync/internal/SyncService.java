package cedarpos.server.sync.internal;

import cedarpos.protocol.v1.Jsons;
import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ChangePages;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.Rejection;
import cedarpos.protocol.v1.Welcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Greetings with the terminal's high-water mark, and reads of the branch change log. */
@ApplicationScoped
public class SyncService {

    @Inject
    private EntityManager em;

    @Inject
    private CatalogSnapshots snapshots;

    /**
     * Answers the hello of the terminal the connection's token belongs to. The
     * hello must name that terminal and its branch: identity comes from the
     * token, the hello only confirms it.
     */
    @Transactional(rollbackOn = ProtocolException.class)
    public Greeting hello(TerminalId tokenTerminal, BranchId tokenBranch, Hello hello, String serverEpoch)
            throws ProtocolException {
        if (!hello.terminalId().equals(tokenTerminal)) {
            throw new ProtocolException(ErrorCode.TERMINAL_MISMATCH, "hello.terminalId " + hello.terminalId()
                    + " is not the terminal this token was issued to");
        }
        if (!hello.branchId().equals(tokenBranch)) {
            throw new ProtocolException(ErrorCode.BRANCH_MISMATCH, "hello.branchId " + hello.branchId()
                    + " is not this terminal's branch " + tokenBranch);
        }
        Optional<Catalog> catalog = snapshots.of(tokenBranch);
        if (catalog.isEmpty()) {
            throw new ProtocolException(ErrorCode.UNKNOWN_BRANCH, "branch " + tokenBranch
                    + " is not a branch of this server");
        }
        TerminalEntity terminal = em.find(TerminalEntity.class, tokenTerminal.toString());
        if (terminal == null || !terminal.branchId().equals(tokenBranch.toString())) {
            throw new ProtocolException(ErrorCode.UNKNOWN_TOKEN, "terminal " + tokenTerminal
                    + " is no longer enrolled in branch " + tokenBranch);
        }
        terminal.seen(hello.terminalName(), LocalDateTime.now(ZoneOffset.UTC));
        long head = em.find(BranchHeadEntity.class, tokenBranch.toString()).changeHead();
        // acks lost in transit: the rejections the terminal may not have heard of
        List<Rejection> rejected = em.createNamedQuery("RejectedEntry.ofTerminalBetween", RejectedEntryEntity.class)
                .setParameter("terminalId", tokenTerminal.toString()).setParameter("after", hello.lastAckedSeq())
                .setParameter("upTo", terminal.lastAppliedSeq()).setMaxResults(PushService.MAX_REPORTED)
                .getResultList().stream().map(RejectedEntryEntity::rejection).toList();
        Welcome welcome = new Welcome(serverEpoch, System.currentTimeMillis(), terminal.lastAppliedSeq(), head,
                rejected);
        return new Greeting(welcome, catalog.get());
    }

    /**
     * Change log records after {@code afterSeq}, ascending, at most {@code limit} and at most one page of characters
     * ({@link ChangePages}), and the head as it was when they were read.
     */
    @Transactional
    public Changes pull(BranchId branchId, long afterSeq, int limit) {
        // sizes first, from the payload lengths, so a page of a few large orders never loads a thousand of them
        List<Object[]> sizes = em.createNamedQuery("ChangeLog.sizesAfter", Object[].class)
                .setParameter("branchId", branchId.toString()).setParameter("afterSeq", afterSeq)
                .setMaxResults(limit).getResultList();
        int estimated = ChangePages.fitting(sizes, SyncService::estimatedChars, limit, ProtocolCodec.PAGE_CHARS);
        List<ChangeLogEntity> rows = estimated == 0 ? List.of()
                : em.createNamedQuery("ChangeLog.findAfter", ChangeLogEntity.class)
                .setParameter("branchId", branchId.toString()).setParameter("afterSeq", afterSeq)
                .setMaxResults(estimated).getResultList();
        // rows first, head second: the head read later is never below a row already read
        long head = em.find(BranchHeadEntity.class, branchId.toString()).changeHead();
        List<ChangeRecord> records = rows.stream().map(SyncService::toRecord).toList();
        // the estimate is an upper bound for what the server writes; the exact count is what the page promises
        int exact = ChangePages.fitting(records, ProtocolCodec::recordChars, limit, ProtocolCodec.PAGE_CHARS);
        return new Changes(head, records.subList(0, exact));
    }

    /** Room a record takes beside its stored payload: its keys, seq, entity, two UUIDs, a time, with margin. */
    static final int RECORD_OVERHEAD_CHARS = 256;

    private static int estimatedChars(Object[] seqAndLength) {
        return ((Number) seqAndLength[1]).intValue() + RECORD_OVERHEAD_CHARS;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public OptionalLong head(BranchId branchId) {
        BranchHeadEntity b = em.find(BranchHeadEntity.class, branchId.toString());
        return b == null ? OptionalLong.empty() : OptionalLong.of(b.changeHead());
    }

    static ChangeRecord toRecord(ChangeLogEntity c) {
        try (JsonReader reader = Jsons.reader(new StringReader(c.payload()))) {
            return new ChangeRecord(c.seq(), c.entity(), c.recordId(), TerminalId.parse(c.originTerminalId()),
                    c.committedAtMs(), reader.readObject());
        }
    }
}
