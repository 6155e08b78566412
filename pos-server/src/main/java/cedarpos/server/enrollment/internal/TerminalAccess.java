package cedarpos.server.enrollment.internal;

import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.ErrorMessage;
import cedarpos.server.broadcast.SessionRegistry;
import cedarpos.server.broadcast.TerminalsChanged;
import cedarpos.server.enrollment.Enrollment;
import cedarpos.server.enrollment.Enrollments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import java.util.logging.Logger;

/**
 * A terminal's token replaced (enrolling again) or revoked, and then, once that has committed, the connections it
 * still has open closed: a connection never outlives its token. One opened meanwhile checked its token after the
 * commit and found it replaced or revoked, or is closed here.
 */
@ApplicationScoped
public class TerminalAccess {
    private static final Logger LOG = Logger.getLogger(TerminalAccess.class.getName());

    @Inject
    private Enrollments enrollments;

    @Inject
    private SessionRegistry sessions;

    @Inject
    private Event<TerminalsChanged> terminalsChanged;

    /** {@link Enrollments#enroll}, then the connections of the previous token closed. */
    public Enrollment enroll(String code, TerminalId terminalId, String terminalName) {
        Enrollment e = enrollments.enroll(code, terminalId, terminalName);
        terminalsChanged.fire(new TerminalsChanged(e.branchId()));
        sessions.closeTerminal(terminalId, new ErrorMessage(ErrorCode.UNKNOWN_TOKEN,
                "this terminal enrolled again; its previous token is no longer valid"),
                new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, ErrorCode.UNKNOWN_TOKEN.name()));
        return e;
    }

    /** {@link Enrollments#revoke}, then the terminal's connections closed. */
    public void revoke(TerminalId terminalId, String actor) {
        boolean changed = enrollments.revoke(terminalId, actor);
        enrollments.branchOf(terminalId).ifPresent(b -> terminalsChanged.fire(new TerminalsChanged(b)));
        int closed = sessions.closeTerminal(terminalId, new ErrorMessage(ErrorCode.TOKEN_REVOKED,
                "a manager revoked this terminal's token; enroll it again"),
                new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, ErrorCode.TOKEN_REVOKED.name()));
        LOG.info(() -> "token revoke terminal=" + terminalId + " by=" + actor + " changed=" + changed
                + " closedSessions=" + closed);
    }
}
