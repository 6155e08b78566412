package cedarpos.server.sync.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.server.broadcast.SessionRegistry;
import cedarpos.server.enrollment.EnrolledTerminal;
import cedarpos.server.enrollment.Enrollments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How each till of a branch stands in its conversation with the server, for the web admin's terminals page: its
 * enrollment (name, when, revoked), whether it is connected now and since when, when the server last heard from it,
 * and the last of its outbox entries the server applied.
 */
@ApplicationScoped
public class BranchTerminals {
    @Inject
    private Enrollments enrollments;

    @Inject
    private SessionRegistry sessions;

    @Inject
    private EntityManager em;

    /** {@code onlineSinceMs} is null while the till is offline, {@code lastSeenAtMs} until it first connects. */
    /**
     * {@code appVersion}, {@code pendingReported} and {@code oldestPendingAtMs} are what the till's last hello told
     * (null: never reported; the last two also null when nothing is pending).
     */
    public record View(String terminalId, String name, long enrolledAtMs, boolean revoked, boolean online,
                       Long onlineSinceMs, Long lastSeenAtMs, long lastAppliedSeq, String appVersion,
                       Long pendingReported, Long oldestPendingAtMs) {
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<View> of(BranchId branch) {
        Map<TerminalId, Long> online = sessions.onlineSince(branch);
        Map<String, TerminalEntity> rows = em.createQuery("SELECT t FROM Terminal t WHERE t.branchId = :b",
                        TerminalEntity.class).setParameter("b", branch.toString()).getResultStream()
                .collect(Collectors.toMap(TerminalEntity::id, Function.identity()));
        return enrollments.terminals(branch).stream().map(t -> view(t, online.get(t.terminalId()),
                rows.get(t.terminalId().toString()))).toList();
    }

    private static View view(EnrolledTerminal t, Long onlineSince, TerminalEntity row) {
        // enrollment writes last_seen_at too: a till seen no later than its enrollment never connected
        Long lastSeen = row == null ? null : row.lastSeenAt().toInstant(ZoneOffset.UTC).toEpochMilli();
        if (lastSeen != null && lastSeen <= t.enrolledAtMs()) {
            lastSeen = null;
        }
        return new View(t.terminalId().toString(), t.name(), t.enrolledAtMs(), t.revoked(), onlineSince != null,
                onlineSince, lastSeen, row == null ? 0 : row.lastAppliedSeq(), row == null ? null : row.appVersion(),
                row == null ? null : row.pendingReported(), row == null ? null : row.oldestPendingAtMs());
    }
}
