package cedarpos.server.order;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;

/** One branch's line of the chain's sales: the day's totals and the same weekday's a week before. */
public record BranchSales(BranchId branchId, Currency currency, SalesTotals totals, SalesTotals compare) {
}
