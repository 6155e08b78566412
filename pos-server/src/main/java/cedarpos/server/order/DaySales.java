package cedarpos.server.order;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import java.time.LocalDate;
import java.util.List;

/**
 * A branch's sales of one business day and of the same weekday a week before, for the manager's dashboard. Money
 * is in minor units of {@code currency} (the branch's) unless a field says otherwise.
 *
 * @param currency      the branch's currency
 * @param byHour        24 rows, hour 0 to 23 of the day in {@code zone}: net and settled checks by opening hour
 * @param byCategory    every menu category sold, by net (a dish the menu does not know: category "")
 * @param topDishes     at most 10 dishes by net, then quantity
 * @param payments      tenders of the day's settled checks by method and currency, refunds paid back included
 * @param otherCurrency the totals in the other currency at {@code otherCurrency.lbpPerUsd}; null when none of the
 *                      day's payments stamped a rate
 */
public record DaySales(BranchId branchId, LocalDate day, String zone, Currency currency, SalesTotals totals,
                       List<HourSales> byHour, List<CategorySales> byCategory, List<DishSales> topDishes,
                       List<TenderSales> payments,
                       OpenChecks open, LocalDate compareDay, SalesTotals compare, OtherCurrency otherCurrency) {
    public DaySales {
        byHour = List.copyOf(byHour);
        byCategory = List.copyOf(byCategory);
        topDishes = List.copyOf(topDishes);
        payments = List.copyOf(payments);
    }

    public record HourSales(int hour, long net, int orders) {
    }

    /** A menu category's share of the day's settled checks: portions, and their net after every discount. */
    public record CategorySales(String category, int quantity, long net) {
    }

    /** A dish's standing lines on the day's settled checks: portions, and their net after every discount. */
    public record DishSales(String menuItemId, String name, int quantity, long net) {
    }

    /**
     * One tender kind (cash or card, in one currency), in minor units of {@code currency}.
     *
     * @param netInBranchCurrency {@code net} in the branch's currency, each amount at the rate its payment or refund
     *                            stamped (half up)
     */
    public record TenderSales(String method, Currency currency, long tendered, long change, long refunded, long net,
                              long netInBranchCurrency) {
    }

    /** Checks of the day that are neither settled nor cancelled now, and their guests. */
    public record OpenChecks(int checks, int covers) {
    }

    /** {@code totals} converted at {@code lbpPerUsd} (half up), the rate of the day's last paid check that had one. */
    public record OtherCurrency(Currency currency, long lbpPerUsd, SalesTotals totals) {
    }
}
