package cedarpos.domain.shift;

import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.TerminalId;
import cedarpos.domain.pay.Tender;
import java.util.List;
import java.util.Map;

/**
 * The end-of-shift report of one terminal's drawer: what was sold (by menu category, by payment method and currency),
 * what was taken off (discounts, voids), the VAT, and the cash the drawer should hold against what was counted.
 * Computed once at closing by {@link #of} and kept as it was, so a reprint shows the same figures.
 *
 * <p>Sales figures are in {@code currency}, the branch's; drawer figures are per currency ({@link Cash}).
 *
 * @param checks      checks settled on this terminal during the shift
 * @param grossSales  what the standing lines of those checks came to, before discounts
 * @param discounts   taken off those checks; {@code discountCount} checks had one
 * @param netSales    gross sales less discounts: the checks' totals
 * @param vat         the VAT in (or added to) those checks, each rounded as its receipt shows it
 * @param collected   what the checks were due: net sales, plus VAT when prices exclude it
 * @param byCategory  gross sales by menu category, largest first
 * @param byPayment   one row per method and currency: cash USD, cash LBP, card USD, card LBP
 * @param voidCount   voided lines on those checks (each line once, whatever its quantity)
 * @param voidValue   what the voided lines would have come to
 * @param movements   pay-ins and pay-outs, in the order they were made
 * @param refundCount refunds made on this terminal during the shift, whenever their checks were sold
 * @param refunds     what those refunds took off sales (converted at the refund's rate, else its check's)
 */
public record ZReport(ShiftId shiftId, TerminalId terminal, String openedBy, long openedAtMs, String closedBy,
                      long closedAtMs, Currency currency, int checks, Money grossSales, int discountCount,
                      Money discounts, Money netSales, Money vat, Money collected, List<CategorySales> byCategory,
                      List<PaymentTotal> byPayment, int voidCount, Money voidValue, List<VoidedLine> voids,
                      List<DrawerMovement> movements, Drawer drawer, int refundCount, Money refunds) {
    public ZReport {
        if (shiftId == null || terminal == null || currency == null || drawer == null) {
            throw new IllegalArgumentException("a Z report names its shift, terminal, currency and drawer");
        }
        for (Money m : new Money[] {grossSales, discounts, netSales, vat, collected, voidValue, refunds}) {
            if (m == null || m.currency() != currency) {
                throw new IllegalArgumentException("the report's sales figures are all in " + currency);
            }
        }
        if (checks < 0 || discountCount < 0 || voidCount < 0 || refundCount < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        byCategory = List.copyOf(byCategory);
        byPayment = List.copyOf(byPayment);
        voids = List.copyOf(voids);
        movements = List.copyOf(movements);
    }

    /** A report of a shift without refunds (as reports were kept before refunds existed). */
    public ZReport(ShiftId shiftId, TerminalId terminal, String openedBy, long openedAtMs, String closedBy,
                   long closedAtMs, Currency currency, int checks, Money grossSales, int discountCount,
                   Money discounts, Money netSales, Money vat, Money collected, List<CategorySales> byCategory,
                   List<PaymentTotal> byPayment, int voidCount, Money voidValue, List<VoidedLine> voids,
                   List<DrawerMovement> movements, Drawer drawer) {
        this(shiftId, terminal, openedBy, openedAtMs, closedBy, closedAtMs, currency, checks, grossSales,
                discountCount, discounts, netSales, vat, collected, byCategory, byPayment, voidCount, voidValue, voids,
                movements, drawer, 0, currency == null ? null : Money.zero(currency));
    }

    /**
     * The report of a closed shift.
     *
     * @param shift      closed
     * @param movements  the shift's pay-ins and pay-outs
     * @param settled    orders with their settlement stamps; only those {@link Shift#covers covered} by the shift,
     *                   settled with a recorded payment, count (callers may pass more)
     * @param categories the menu category of each menu item id; an item no longer on the menu counts under
     *                   {@link CategorySales#UNCATEGORISED}
     * @param currency   the branch's currency, in which sales figures are given (a check in another currency is
     *                   converted at the rate its payment stamped)
     * @throws IllegalArgumentException when the shift is open or a movement belongs to another shift
     */
    public static ZReport of(Shift shift, List<DrawerMovement> movements, List<SettledCheck> settled,
                             Map<MenuItemId, String> categories, Currency currency) {
        return ZReportTally.tally(shift, movements, settled, categories, currency);
    }

    /** The payment row of {@code method} in {@code c}. */
    public PaymentTotal payment(Tender.Method method, Currency c) {
        return byPayment.stream().filter(p -> p.method() == method && p.currency() == c).findFirst().orElseThrow();
    }

    /** Sales of one menu category. @param category {@link #UNCATEGORISED} for items no longer on the menu */
    public record CategorySales(String category, int quantity, Money amount) {
        /** The category of sold items the menu no longer lists. */
        public static final String UNCATEGORISED = "";

        public CategorySales {
            if (category == null || amount == null || quantity < 0) {
                throw new IllegalArgumentException("a category's sales need its name, quantity and amount");
            }
        }
    }

    /**
     * What one method brought in one currency: the tenders, the change handed back in that currency (cash only), and
     * the difference, which is what it put in the drawer (or on the card terminal's batch).
     */
    public record PaymentTotal(Tender.Method method, Currency currency, Money tendered, Money change, Money net) {
        public PaymentTotal {
            if (method == null || currency == null || tendered == null || change == null || net == null) {
                throw new IllegalArgumentException("a payment total needs its method, currency and amounts");
            }
        }
    }

    /** A line voided on one of the shift's checks, with why and by whom. */
    public record VoidedLine(String item, int quantity, Money value, String reason, String by) {
        public VoidedLine {
            if (item == null || value == null || reason == null || by == null) {
                throw new IllegalArgumentException("a voided line needs its item, value, reason and who voided it");
            }
        }
    }

    /**
     * The drawer, per currency. {@code expected} = float + cash tendered - change given + pay-ins - pay-outs - cash
     * refunded; {@code difference} = counted - expected: above zero the drawer is over, below zero it is short.
     *
     * @param refunded cash handed back by refunds, per currency
     */
    public record Drawer(Cash openingFloat, Cash cashTendered, Cash changeGiven, Cash payIns, Cash payOuts,
                         Cash expected, Cash counted, Cash difference, Cash refunded) {
        public Drawer {
            for (Cash c : new Cash[] {openingFloat, cashTendered, changeGiven, payIns, payOuts, expected, counted,
                    difference, refunded}) {
                if (c == null) {
                    throw new IllegalArgumentException("every drawer figure is required");
                }
            }
            if (!expected.equals(openingFloat.plus(cashTendered).minus(changeGiven).plus(payIns).minus(payOuts)
                    .minus(refunded))) {
                throw new IllegalArgumentException("expected cash must be float + cash - change + pay-ins - pay-outs"
                        + " - refunds");
            }
            if (!difference.equals(counted.minus(expected))) {
                throw new IllegalArgumentException("the difference must be counted - expected");
            }
        }

        /** A drawer no refund touched. */
        public Drawer(Cash openingFloat, Cash cashTendered, Cash changeGiven, Cash payIns, Cash payOuts,
                      Cash expected, Cash counted, Cash difference) {
            this(openingFloat, cashTendered, changeGiven, payIns, payOuts, expected, counted, difference, Cash.ZERO);
        }

        public static Drawer of(Cash openingFloat, Cash cashTendered, Cash changeGiven, Cash payIns, Cash payOuts,
                                Cash counted) {
            return of(openingFloat, cashTendered, changeGiven, payIns, payOuts, Cash.ZERO, counted);
        }

        public static Drawer of(Cash openingFloat, Cash cashTendered, Cash changeGiven, Cash payIns, Cash payOuts,
                                Cash refunded, Cash counted) {
            Cash expected = openingFloat.plus(cashTendered).minus(changeGiven).plus(payIns).minus(payOuts)
                    .minus(refunded);
            return new Drawer(openingFloat, cashTendered, changeGiven, payIns, payOuts, expected, counted,
                    counted.minus(expected), refunded);
        }
    }
}
