package cedarpos.terminal.store;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.TerminalId;
import java.net.URI;
import java.util.OptionalLong;

/**
 * Who this terminal is and how far it has synced. The device token itself is
 * deliberately not here (records print every component); only whether one is held.
 *
 * @param nextSeq        the sequence number the next outbox entry gets
 * @param lastAckedSeq   highest own sequence the server acked
 * @param cursor         highest branch change sequence applied here
 * @param serverEpoch    the server database identity last seen (null before the first welcome)
 * @param branchName     from the enrollment, then from each catalog (null only for pre-enrollment databases)
 * @param currency       the branch currency from the catalog (null before the first catalog)
 * @param hasDeviceToken the terminal is enrolled and may sync
 * @param serverOffsetMs server clock minus local clock, measured at the last welcome (0 before)
 * @param serverUri      the sync address it enrolled with or was last started with (null on a till enrolled before
 *                       the address was kept, until its next start)
 */
public record TerminalState(TerminalId terminalId, BranchId branchId, String name, long nextSeq, long lastAckedSeq,
                            long cursor, String serverEpoch, long catalogVersion, String branchName,
                            Currency currency, OptionalLong lastSyncAtMs, boolean hasDeviceToken,
                            long serverOffsetMs, URI serverUri) {
}
