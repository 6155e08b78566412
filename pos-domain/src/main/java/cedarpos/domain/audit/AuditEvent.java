package cedarpos.domain.audit;

import java.util.UUID;

/**
 * A sensitive action taken on a terminal, for the branch's audit trail: who did it, which manager approved it (a
 * manager's PIN on the cashier's own session), when, on which terminal, on what, and why. Written in the same
 * transaction as the action and synced like any change; never edited, never deleted.
 *
 * @param terminalId the terminal it happened on (the server also knows it from the device token)
 * @param subject    what it acted on: an order id, a shift id
 * @param detail     what changed, e.g. "10% off $42.00" or "1 x Kafta Meshwiyeh (sent)"
 */
public record AuditEvent(UUID id, long atMs, UUID terminalId, String actor, String approvedBy, Action action,
                         String subject, String detail, String reason) {
    public static final int MAX_NAME = 60;
    public static final int MAX_TEXT = 300;

    /** The actions that need a manager (DESIGN.md, Security). */
    public enum Action {
        DISCOUNT,
        VOID_AFTER_SEND,
        REFUND,
        REOPEN,
        PAY_OUT,
        /** A ticket printed again (it says REPRINT). */
        REPRINT,
        /** A print job taken off the queue before it printed. */
        CANCEL_PRINT
    }

    public AuditEvent {
        if (id == null || terminalId == null || action == null) {
            throw new IllegalArgumentException("an audit event needs its id, terminal and action");
        }
        if (atMs < 0) {
            throw new IllegalArgumentException("atMs cannot be negative");
        }
        requireText(actor, "actor", MAX_NAME);
        requireText(approvedBy, "approver", MAX_NAME);
        requireText(subject, "subject", MAX_TEXT);
        requireText(detail, "detail", MAX_TEXT);
        requireText(reason, "reason", MAX_TEXT);
    }

    private static void requireText(String text, String what, int max) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an audit event needs its " + what);
        }
        if (text.length() > max) {
            throw new IllegalArgumentException("an audit event's " + what + " is at most " + max + " characters");
        }
    }
}
