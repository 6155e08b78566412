package cedarpos.terminal.ui.payment;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import java.util.List;

/** The payment screen as its presenter drives it: it shows what it is told. Every method is called on the EDT. */
public interface PaymentView {
    /**
     * The check, which does not change while it is paid.
     *
     * @param discount   "−$1.50", null when there is none
     * @param vatCaption "VAT 11% included", null when the branch charges none
     * @param dueOther   the total in the other currency at the rate ("LBP 2,640,250 at 89,500 LBP/$"), null
     *                   without a rate
     */
    record Summary(String title, String subtotal, String discount, String vatCaption, String vat, String due,
                   String dueOther) {
    }

    /**
     * The keypad's side.
     *
     * @param amount     what is typed, as the cashier reads it ("$15", "LBP 1,297,750")
     * @param currencies what can be taken (the order's currency only without a rate)
     * @param decimals   the selected currency has decimals: the point key works
     * @param notes      the common notes of the selected currency, for one-tap amounts
     * @param hint       a line under the currencies (no rate set), else null
     */
    record Entry(String amount, Currency currency, List<Currency> currencies, boolean decimals, List<Note> notes,
                 String hint) {
    }

    /** A quick amount: tapping it types {@code amount}. */
    record Note(Money amount, String label) {
    }

    /**
     * A tender taken.
     *
     * @param index      what removing it passes back
     * @param equivalent its worth in the order's currency ("= $14.50") when taken in the other one, else null
     */
    record TenderRow(int index, String method, String amount, String equivalent) {
    }

    /**
     * What is left to pay and what to hand back.
     *
     * @param remainingOther what is left in the other currency, null without a rate
     * @param change         the change in {@code changeIn}
     * @param changeCurrencies the currencies change can be given in (one without a rate)
     */
    record Balance(String remaining, String remainingOther, String change, Currency changeIn,
                   List<Currency> changeCurrencies, boolean covered) {
    }

    void showSummary(Summary summary);

    void showEntry(Entry entry);

    /** The tenders in the order they were taken; none shows a hint. */
    void showTenders(List<TenderRow> tenders);

    void showBalance(Balance balance);

    /**
     * @param canComplete the tenders cover the check and nothing is being saved
     * @param busy        the payment is being saved: every control waits
     */
    void setActions(boolean canComplete, boolean busy);

    /** A short line for the cashier: why a key or a tender was refused, or why the payment was not saved. */
    void showMessage(String text, boolean error);
}
