package cedarpos.server.sync.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.Push;
import cedarpos.server.broadcast.BranchChangesCommitted;
import cedarpos.server.broadcast.SessionRegistry;
import cedarpos.server.enrollment.Enrollments;
import cedarpos.server.enrollment.TokenCheck;
import cedarpos.server.inventory.Reservations;
import cedarpos.server.platform.InLists;
import cedarpos.server.table.BranchInfo;
import cedarpos.server.table.CatalogService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Applies a push: the whole batch in one transaction, or nothing. Sequences a
 * terminal already had applied are skipped, so a resend after a lost ack is
 * harmless; a batch that does not continue the terminal's sequence is refused.
 */
@ApplicationScoped
public class PushService {
    private static final Logger LOG = Logger.getLogger(PushService.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private EntryWriter entryWriter;

    @Inject
    private Enrollments enrollments;

    @Inject
    private SessionRegistry sessions;

    @Inject
    private CatalogService catalogs;

    @Inject
    private Reservations reservations;

    @Inject
    private Event<BranchChangesCommitted> committed;

    /**
     * The connection's token, re-checked under the device row's lock (one query): a revocation or a
     * re-enrollment commits wholly before this push, which then writes nothing, or after it.
     */
    private void requireLiveToken(String sessionId) throws ProtocolException {
        TokenCheck check = enrollments.checkForWrite(sessions.token(sessionId));
        if (check.status() == TokenCheck.Status.REVOKED) {
            throw new ProtocolException(ErrorCode.TOKEN_REVOKED, "a manager revoked this device token; enroll again");
        }
        if (check.status() != TokenCheck.Status.VALID) {
            throw new ProtocolException(ErrorCode.UNKNOWN_TOKEN,
                    "this device token was replaced by a newer enrollment, or its connection was closed");
        }
    }

    @Transactional(rollbackOn = ProtocolException.class)
    public PushOutcome push(TerminalId terminalId, BranchId branchId, Push push, String sessionId)
            throws ProtocolException {
        requireLiveToken(sessionId);
        // branch first, terminal second, always: one lock order for every writer of this branch
        BranchHeadEntity head = em.find(BranchHeadEntity.class, branchId.toString(), LockModeType.PESSIMISTIC_WRITE);
        BranchInfo branch = catalogs.branch(branchId).orElse(null);
        if (head == null || branch == null) {
            throw new ProtocolException(ErrorCode.UNKNOWN_BRANCH, "branch " + branchId + " no longer exists");
        }
        TerminalEntity terminal = em.find(TerminalEntity.class, terminalId.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (terminal == null) {
            throw new ProtocolException(ErrorCode.HELLO_REQUIRED, "terminal " + terminalId + " is not registered");
        }
        if (!terminal.branchId().equals(branchId.toString())) {
            throw new ProtocolException(ErrorCode.BRANCH_MISMATCH, "terminal " + terminalId
                    + " is registered to another branch");
        }
        List<OutboxEntry> entries = push.entries();
        for (int i = 1; i < entries.size(); i++) {
            long expected = entries.get(i - 1).seq() + 1;
            if (entries.get(i).seq() != expected) {
                throw new ProtocolException(ErrorCode.SEQUENCE_GAP, "entries[" + i + "].seq is "
                        + entries.get(i).seq() + ", expected " + expected + ": a push must be gapless");
            }
        }
        long last = terminal.lastAppliedSeq();
        int firstNew = 0;
        while (firstNew < entries.size() && entries.get(firstNew).seq() <= last) {
            firstNew++;
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        if (firstNew == entries.size()) {
            return new PushOutcome(last, 0, head.changeHead());
        }
        if (entries.get(firstNew).seq() != last + 1) {
            throw new ProtocolException(ErrorCode.SEQUENCE_GAP, "entries[" + firstNew + "].seq is "
                    + entries.get(firstNew).seq() + " but the server has applied up to " + last
                    + "; send from " + (last + 1));
        }
        // one query per batch, not one per entry: which of the batch's entry ids were applied before
        Set<String> alreadyApplied = appliedAmong(entries.subList(firstNew, entries.size()));
        Set<String> entryIds = new HashSet<>();
        for (int i = firstNew; i < entries.size(); i++) {
            OutboxEntry e = entries.get(i);
            String entryId = e.entryId().toString();
            if (!entryIds.add(entryId) || alreadyApplied.contains(entryId)) {
                throw new ProtocolException(ErrorCode.INVALID_PAYLOAD, "entries[" + i + "].entryId " + e.entryId()
                        + " was already used by another entry");
            }
        }
        List<OutboxEntry> fresh = entries.subList(firstNew, entries.size());
        EntryWriter.Applied written = entryWriter.apply(terminalId, branch, fresh, firstNew);
        List<EntryWriter.Payload> payloads = written.payloads();
        long committedAt = System.currentTimeMillis();
        List<ChangeRecord> records = new ArrayList<>();
        for (int k = 0; k < fresh.size(); k++) {
            OutboxEntry e = fresh.get(k);
            em.persist(new AppliedEntryEntity(e.entryId().toString(), terminalId.toString(), e.seq(), now));
            EntryWriter.Payload payload = payloads.get(k);
            if (payload == null) {
                continue; // already in the log (a stock adjustment sent again under a new entry)
            }
            long seq = head.nextSeq();
            em.persist(new ChangeLogEntity(branchId.toString(), seq, e.entity(), e.recordId(),
                    terminalId.toString(), committedAt, payload.text()));
            records.add(new ChangeRecord(seq, e.entity(), e.recordId(), terminalId, committedAt, payload.json()));
        }
        // the stock claims of these orders, decided now in arrival order (the branch lock is held), after them
        for (Reservations.StockRecord r : reservations.reconcile(branchId, written.orders(), written.adjusted(),
                committedAt, head::nextSeq)) {
            em.persist(new ChangeLogEntity(branchId.toString(), r.seq(), r.entity(), r.recordId(),
                    ManagerChanges.SERVER.toString(), committedAt, r.payload().toString()));
            records.add(new ChangeRecord(r.seq(), r.entity(), r.recordId(), ManagerChanges.SERVER, committedAt,
                    r.payload()));
        }
        // write the whole batch now (batched statements), so a constraint the database refuses surfaces here and
        // takes the whole batch down with it; flushing per entry made every flush re-scan all the batch's objects
        em.flush();
        long lastSeq = entries.get(entries.size() - 1).seq();
        terminal.applied(lastSeq, now);
        int applied = fresh.size();
        LOG.info(() -> "push applied terminal=" + terminalId + " branch=" + branchId + " seq=" + (last + 1) + ".."
                + lastSeq + " entries=" + applied + " records=" + records.size() + " head=" + head.changeHead());
        if (records.isEmpty()) {
            // every entry was already in the log (resent adjustments): no broadcast, the caller acks after commit
            return new PushOutcome(lastSeq, 0, head.changeHead());
        }
        committed.fire(new BranchChangesCommitted(branchId, new Changes(head.changeHead(), records), sessionId,
                new Ack(lastSeq)));
        return new PushOutcome(lastSeq, applied, head.changeHead());
    }

    /** The entry ids among these that an earlier push applied, one query per {@link InLists#CHUNK} ids. */
    private Set<String> appliedAmong(List<OutboxEntry> entries) {
        Set<String> applied = new HashSet<>();
        for (List<String> ids : InLists.chunks(entries.stream().map(e -> e.entryId().toString()).toList())) {
            applied.addAll(em.createQuery("SELECT a.entryId FROM AppliedEntry a WHERE a.entryId IN :ids", String.class)
                    .setParameter("ids", ids).getResultList());
        }
        return applied;
    }
}
