package cedarpos.protocol.v1;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;

/**
 * Terminal to server, first frame on a connection.
 *
 * @param lastAckedSeq      the highest outbox sequence the server has acked to this terminal
 * @param cursor            the highest branch change sequence this terminal has applied
 * @param appVersion        the terminal software's version, or null (not reported)
 * @param outboxSeq         the highest sequence the terminal has written to its outbox, or null (not reported): with
 *                          what the server applied, how many of its entries have not arrived
 * @param oldestPendingAtMs when the oldest entry the server has not acked was written, or null (none, or not reported)
 */
public record Hello(int protocolVersion, TerminalId terminalId, BranchId branchId, String terminalName,
                    long lastAckedSeq, long cursor, long clientTimeMs, String appVersion, Long outboxSeq,
                    Long oldestPendingAtMs) implements Message {
    public static final String TYPE = "hello";
    /** At most this many characters of {@code appVersion}. */
    public static final int MAX_APP_VERSION = 50;

    /** A hello that reports nothing of the terminal's outbox or version. */
    public Hello(int protocolVersion, TerminalId terminalId, BranchId branchId, String terminalName,
                 long lastAckedSeq, long cursor, long clientTimeMs) {
        this(protocolVersion, terminalId, branchId, terminalName, lastAckedSeq, cursor, clientTimeMs, null, null,
                null);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
