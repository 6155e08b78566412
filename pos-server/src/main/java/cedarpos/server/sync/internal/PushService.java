package cedarpos.server.sync.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.Push;
import cedarpos.protocol.v1.Rejection;
import cedarpos.server.broadcast.EntriesRejected;
import cedarpos.server.broadcast.SessionRegistry;
import cedarpos.server.enrollment.Enrollments;
import cedarpos.server.enrollment.TokenCheck;
import cedarpos.server.changelog.BranchLock;
import cedarpos.server.changelog.ChangeLog;
import cedarpos.server.inventory.Reservations;
import cedarpos.server.platform.InLists;
import cedarpos.server.branch.BranchInfo;
import cedarpos.server.branch.Branches;
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
import java.util.Map;
import java.util.TreeMap;
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
    /** Most rejections one ack or welcome reports. */
    static final int MAX_REPORTED = 1000;
    /** The change_log.payload column's size. */
    static final int MAX_PAYLOAD_CHARS = 1_000_000;

    @Inject
    private EntityManager em;

    @Inject
    private EntryWriter entryWriter;

    @Inject
    private Event<EntriesRejected> entriesRejected;

    @Inject
    private Enrollments enrollments;

    @Inject
    private SessionRegistry sessions;

    @Inject
    private Branches catalogs;

    @Inject
    private Reservations reservations;

    @Inject
    private ChangeLog changeLog;

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

    /** This bean through its proxy, so that each attempt gets its own transaction. */
    @Inject
    private PushService self;

    /**
     * Applies the push. An entry that can never be applied is found inside an attempt, which rolls back whole;
     * the push is then tried again with that entry rejected, so the final transaction writes the good entries
     * and the rejections together, and no write of a rejected entry survives.
     */
    public PushOutcome push(TerminalId terminalId, BranchId branchId, Push push, String sessionId)
            throws ProtocolException {
        Map<Integer, Rejection> rejected = new TreeMap<>();
        while (true) {
            try {
                return self.attempt(terminalId, branchId, push, sessionId, rejected);
            } catch (EntryRefused r) {
                if (r.code().retryable() || rejected.containsKey(r.index())) {
                    throw new ProtocolException(r.code(), r.getMessage());
                }
                OutboxEntry e = push.entries().get(r.index());
                rejected.put(r.index(), new Rejection(e.seq(), e.entryId(), r.code(), message(r.getMessage())));
                LOG.info(() -> "push entry rejected terminal=" + terminalId + " branch=" + branchId + " seq="
                        + e.seq() + " entryId=" + e.entryId() + " code=" + r.code() + ": " + r.getMessage());
            }
        }
    }

    private static String message(String m) {
        return RejectedEntryEntity.cut(m == null ? "" : m, RejectedEntryEntity.MESSAGE_CHARS);
    }

    /** One try at the push with {@code rejected} (by position in the push) set aside. */
    @Transactional(rollbackOn = ProtocolException.class)
    public PushOutcome attempt(TerminalId terminalId, BranchId branchId, Push push, String sessionId,
                               Map<Integer, Rejection> rejected) throws ProtocolException {
        requireLiveToken(sessionId);
        // branch first, terminal second, always: one lock order for every writer of this branch
        BranchLock head = changeLog.lockIfExists(branchId).orElse(null);
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
            // a resend of what was applied: its ack names again the rejections it covers
            return new PushOutcome(last, 0, head.head(), rejectedBetween(terminalId,
                    entries.get(0).seq() - 1, entries.get(entries.size() - 1).seq()));
        }
        if (entries.get(firstNew).seq() != last + 1) {
            throw new ProtocolException(ErrorCode.SEQUENCE_GAP, "entries[" + firstNew + "].seq is "
                    + entries.get(firstNew).seq() + " but the server has applied up to " + last
                    + "; send from " + (last + 1));
        }
        // one query per batch, not one per entry: which of the batch's entry ids were used before
        Set<String> alreadyUsed = usedAmong(entries.subList(firstNew, entries.size()));
        Set<String> entryIds = new HashSet<>();
        Map<Integer, Rejection> setAside = new TreeMap<>(rejected);
        List<OutboxEntry> good = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = firstNew; i < entries.size(); i++) {
            OutboxEntry e = entries.get(i);
            String entryId = e.entryId().toString();
            boolean reused = !entryIds.add(entryId) || alreadyUsed.contains(entryId);
            if (reused && !setAside.containsKey(i)) {
                setAside.put(i, new Rejection(e.seq(), e.entryId(), ErrorCode.INVALID_PAYLOAD, "entries[" + i
                        + "].entryId " + e.entryId() + " was already used by another entry"));
            }
            if (!setAside.containsKey(i)) {
                good.add(e);
                positions.add(i);
            }
        }
        long committedAt = System.currentTimeMillis();
        for (Map.Entry<Integer, Rejection> r : setAside.entrySet()) {
            em.persist(new RejectedEntryEntity(branchId.toString(), terminalId.toString(), entries.get(r.getKey()),
                    r.getValue(), committedAt));
        }
        if (!setAside.isEmpty()) {
            entriesRejected.fire(new EntriesRejected(branchId));
        }
        EntryWriter.Applied written = entryWriter.apply(terminalId, branch, good, positions);
        List<EntryWriter.Payload> payloads = written.payloads();
        List<ChangeRecord> records = new ArrayList<>();
        for (int k = 0; k < good.size(); k++) {
            OutboxEntry e = good.get(k);
            em.persist(new AppliedEntryEntity(e.entryId().toString(), terminalId.toString(), e.seq(), now));
            EntryWriter.Payload payload = payloads.get(k);
            if (payload == null) {
                continue; // already in the log (a stock adjustment sent again under a new entry)
            }
            long seq = head.nextSeq();
            ChangeRecord record = new ChangeRecord(seq, e.entity(), e.recordId(), terminalId, committedAt,
                    payload.json());
            if (payload.text().length() > MAX_PAYLOAD_CHARS
                    || ProtocolCodec.recordChars(record) > ProtocolCodec.MAX_RECORD_CHARS) {
                throw new EntryRefused(positions.get(k), ErrorCode.RECORD_TOO_LARGE, "entries[" + positions.get(k)
                        + "] would make its " + e.entity() + " record " + payload.text().length()
                        + " characters, more than a change record may hold");
            }
            head.append(record, payload.text());
            records.add(record);
        }
        // the stock claims of these orders, decided now in arrival order (the branch lock is held), after them
        records.addAll(reservations.reconcile(head, written.orders(), written.adjusted(), committedAt));
        // write the whole batch now (batched statements), so a constraint the database refuses surfaces here and
        // takes the whole batch down with it; flushing per entry made every flush re-scan all the batch's objects
        em.flush();
        long lastSeq = entries.get(entries.size() - 1).seq();
        terminal.applied(lastSeq, now);
        int applied = good.size();
        List<Rejection> rejections = rejectedBetween(terminalId, entries.get(0).seq() - 1, lastSeq);
        LOG.info(() -> "push applied terminal=" + terminalId + " branch=" + branchId + " seq=" + (last + 1) + ".."
                + lastSeq + " entries=" + applied + " records=" + records.size() + " head=" + head.head());
        if (records.isEmpty()) {
            // every entry was already in the log (resent adjustments): no broadcast, the caller acks after commit
            return new PushOutcome(lastSeq, 0, head.head(), rejections);
        }
        head.committed(records, sessionId, new Ack(lastSeq, rejections));
        return new PushOutcome(lastSeq, applied, head.head(), rejections);
    }

    /** The entry ids among these that an earlier entry used, applied or rejected, one query per chunk of ids. */
    private Set<String> usedAmong(List<OutboxEntry> entries) {
        Set<String> used = new HashSet<>();
        for (List<String> ids : InLists.chunks(entries.stream().map(e -> e.entryId().toString()).toList())) {
            used.addAll(em.createQuery("SELECT a.entryId FROM AppliedEntry a WHERE a.entryId IN :ids", String.class)
                    .setParameter("ids", ids).getResultList());
            used.addAll(em.createQuery("SELECT r.entryId FROM RejectedEntry r WHERE r.entryId IN :ids", String.class)
                    .setParameter("ids", ids).getResultList());
        }
        return used;
    }

    /** The terminal's rejections with seq in (after, upTo], ascending, at most {@link #MAX_REPORTED}. */
    List<Rejection> rejectedBetween(TerminalId terminalId, long after, long upTo) {
        return em.createNamedQuery("RejectedEntry.ofTerminalBetween", RejectedEntryEntity.class)
                .setParameter("terminalId", terminalId.toString()).setParameter("after", after)
                .setParameter("upTo", upTo).setMaxResults(MAX_REPORTED).getResultList().stream()
                .map(RejectedEntryEntity::rejection).toList();
    }
}
