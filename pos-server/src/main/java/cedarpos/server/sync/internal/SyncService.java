package cedarpos.server.sync.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.Rejection;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.catalog.Catalogs;
import cedarpos.server.changelog.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
    private Catalogs catalogs;

    @Inject
    private ChangeLog changeLog;

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
        Optional<Catalog> catalog = catalogs.current(tokenBranch);
        if (catalog.isEmpty()) {
            throw new ProtocolException(ErrorCode.UNKNOWN_BRANCH, "branch " + tokenBranch
                    + " is not a branch of this server");
        }
        TerminalEntity terminal = em.find(TerminalEntity.class, tokenTerminal.toString());
        if (terminal == null || !terminal.branchId().equals(tokenBranch.toString())) {
            throw new ProtocolException(ErrorCode.UNKNOWN_TOKEN, "terminal " + tokenTerminal
                    + " is no longer enrolled in branch " + tokenBranch);
        }
        terminal.seen(hello.terminalName(), LocalDateTime.now(ZoneOffset.UTC), hello.appVersion(), hello.outboxSeq(),
                hello.oldestPendingAtMs());
        long head = changeLog.head(tokenBranch).orElseThrow();
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
     * Change log records after {@code afterSeq}, ascending, at most {@code limit} and at most one page of characters,
     * and the head as it was when they were read ({@link ChangeLog#page}).
     */
    @Transactional
    public Changes pull(BranchId branchId, long afterSeq, int limit) {
        return changeLog.page(branchId, afterSeq, limit);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public OptionalLong head(BranchId branchId) {
        return changeLog.head(branchId);
    }
}
