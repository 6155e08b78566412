package cedarpos.server.branch;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;

/** A branch as the rest of the server sees it. */
public record BranchInfo(BranchId id, String name, Currency currency, long catalogVersion) {
}
