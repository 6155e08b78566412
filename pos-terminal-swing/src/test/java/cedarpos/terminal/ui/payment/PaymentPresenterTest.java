package cedarpos.terminal.ui.payment;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.pay.Vat;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.kit.Ui;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentPresenterTest {
    static final ExchangeRate RATE = new ExchangeRate(89_500);
    static final Vat VAT = new Vat(1100, true);

    FakeView view = new FakeView();
    List<Payment> settled = new ArrayList<>();
    CompletableFuture<Void> saving;
    int done;
    int cancelled;
    PaymentPresenter presenter;

    @BeforeEach
    void setUp() {
        presenter = presenter(Locale.ENGLISH);
    }

    PaymentPresenter presenter(Locale locale) {
        return new PaymentPresenter(view, Threads.direct(), Ui.messages(locale), p -> {
            settled.add(p);
            saving = new CompletableFuture<>();
            return saving;
        }, () -> done++, () -> cancelled++);
    }

    static Checkout check(long cents, ExchangeRate rate) {
        return new Checkout(OrderId.random(), "T1", usd(cents), usd(0), VAT, rate);
    }

    static Money usd(long cents) {
        return Money.of(cents, Currency.USD);
    }

    static Money lbp(long pounds) {
        return Money.of(pounds, Currency.LBP);
    }

    void type(String keys) {
        for (char c : keys.toCharArray()) {
            if (c == '.') {
                presenter.decimalPoint();
            } else {
                presenter.digit(c - '0');
            }
        }
    }

    @Test
    void showsTheCheckInBothCurrencies() {
        presenter.open(new Checkout(OrderId.random(), "T1", usd(3100), usd(150), VAT, RATE));
        assertThat(view.summary.title()).isEqualTo("Payment \u00b7 Table T1");
        assertThat(view.summary.subtotal()).isEqualTo("$31.00");
        assertThat(view.summary.discount()).isEqualTo("\u2212$1.50");
        assertThat(view.summary.vatCaption()).isEqualTo("VAT 11% included");
        assertThat(view.summary.vat()).isEqualTo("$2.92");
        assertThat(view.summary.due()).isEqualTo("$29.50");
        assertThat(view.summary.dueOther()).isEqualTo("LBP 2,640,250 at 89,500 LBP/$");
        assertThat(view.entry.currencies()).containsExactly(Currency.USD, Currency.LBP);
        assertThat(view.entry.currency()).isEqualTo(Currency.USD);
        assertThat(view.entry.notes()).extracting(PaymentView.Note::label).containsExactly("$10", "$20", "$50",
                "$100");
        assertThat(view.balance.remaining()).isEqualTo("$29.50");
        assertThat(view.balance.remainingOther()).isEqualTo("LBP 2,640,250");
        assertThat(view.balance.change()).isEqualTo("$0.00");
        assertThat(view.balance.changeIn()).isEqualTo(Currency.USD);
        assertThat(view.tenders).isEmpty();
        assertThat(view.canComplete).isFalse();

        presenter.selectCurrency(Currency.LBP);
        assertThat(view.entry.notes()).extracting(PaymentView.Note::label).containsExactly("100,000", "500,000",
                "1,000,000");
        assertThat(view.entry.decimals()).isFalse();
    }

    @Test
    void vatAddedOnTopIsPartOfWhatIsDueAndACounterCheckSaysSo() {
        presenter.open(new Checkout(OrderId.random(), null, usd(2950), usd(0), new Vat(1100, false), RATE));
        assertThat(view.summary.title()).isEqualTo("Payment \u00b7 Counter / take-away");
        assertThat(view.summary.discount()).isNull();
        assertThat(view.summary.vatCaption()).isEqualTo("VAT 11%");
        assertThat(view.summary.vat()).isEqualTo("$3.25");
        assertThat(view.summary.due()).isEqualTo("$32.75");
    }

    @Test
    void halfInDollarsHalfInPoundsSettlesWithNoChange() {
        presenter.open(check(2950, RATE));
        type("15");
        assertThat(view.entry.amount()).isEqualTo("$15");
        presenter.cash();
        assertThat(view.tenders).extracting(PaymentView.TenderRow::method, PaymentView.TenderRow::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cash", "$15.00"));
        assertThat(view.entry.amount()).as("the keypad clears for the next tender").isEqualTo("$0");
        assertThat(view.balance.remaining()).isEqualTo("$14.50");
        assertThat(view.balance.remainingOther()).isEqualTo("LBP 1,297,750");
        assertThat(view.canComplete).isFalse();

        presenter.selectCurrency(Currency.LBP);
        type("1297750");
        assertThat(view.entry.amount()).isEqualTo("LBP 1,297,750");
        presenter.cash();
        assertThat(view.tenders.get(1).equivalent()).isEqualTo("= $14.50");
        assertThat(view.balance.remaining()).isEqualTo("$0.00");
        assertThat(view.balance.change()).isEqualTo("$0.00");
        assertThat(view.balance.covered()).isTrue();
        assertThat(view.canComplete).isTrue();

        presenter.complete();
        assertThat(settled).singleElement().satisfies(p -> {
            assertThat(p.due()).isEqualTo(usd(2950));
            assertThat(p.tenders()).containsExactly(new Tender(Tender.Method.CASH, usd(1500)),
                    new Tender(Tender.Method.CASH, lbp(1_297_750)));
            assertThat(p.rate()).isEqualTo(RATE);
            assertThat(p.vat()).isEqualTo(VAT);
            assertThat(p.change()).isEqualTo(usd(0));
        });
        assertThat(done).as("not before it is saved").isZero();
        saving.complete(null);
        assertThat(done).isEqualTo(1);
        assertThat(cancelled).isZero();
    }

    @Test
    void overpaidInPoundsTheChangeIsGivenInDollars() {
        presenter.open(check(2950, RATE));
        presenter.selectCurrency(Currency.LBP);
        presenter.note(lbp(1_000_000));
        presenter.cash();
        presenter.note(lbp(1_000_000));
        presenter.cash();
        presenter.note(lbp(1_000_000));
        presenter.cash();
        assertThat(view.tenders.get(0).equivalent()).as("not a whole number of cents").isEqualTo("\u2248 $11.17");
        // 3,000,000 - 2,640,250 = 359,750 pounds = $4.0195...: the till hands back $4.01
        assertThat(view.balance.changeIn()).as("the order's currency").isEqualTo(Currency.USD);
        assertThat(view.balance.change()).isEqualTo("$4.01");
        presenter.selectChangeCurrency(Currency.LBP);
        assertThat(view.balance.change()).isEqualTo("LBP 359,750");
        presenter.selectChangeCurrency(Currency.USD);
        assertThat(view.balance.change()).isEqualTo("$4.01");
        presenter.complete();
        assertThat(settled).singleElement().satisfies(p -> assertThat(p.change()).isEqualTo(usd(401)));
    }

    @Test
    void theChangeDefaultsToTheOrdersCurrency() {
        presenter.open(check(2950, RATE));
        presenter.note(usd(5000));
        presenter.cash();
        assertThat(view.balance.change()).isEqualTo("$20.50");
        presenter.selectChangeCurrency(Currency.LBP);
        assertThat(view.balance.change()).isEqualTo("LBP 1,834,750");
    }

    @Test
    void aCardOverWhatIsLeftIsRefused() {
        presenter.open(check(2950, RATE));
        type("10");
        presenter.cash();
        type("20");
        presenter.card();
        assertThat(view.message).isEqualTo("A card can be charged $19.50 at most (what is left): nothing was added.");
        assertThat(view.messageIsError).isTrue();
        assertThat(presenter.tenders()).hasSize(1);
        assertThat(view.entry.amount()).as("kept, to correct").isEqualTo("$20");

        presenter.selectCurrency(Currency.LBP);
        type("1745251");
        presenter.card();
        assertThat(view.message).contains("LBP 1,745,250 at most");
        presenter.clearAmount();
        presenter.exact();
        assertThat(view.entry.amount()).isEqualTo("LBP 1,745,250");
        presenter.card();
        assertThat(view.message).isEmpty();
        assertThat(presenter.tenders()).extracting(Tender::method).containsExactly(Tender.Method.CASH,
                Tender.Method.CARD);
        assertThat(view.canComplete).isTrue();
    }

    @Test
    void completeIsDisabledAndDoesNothingUntilTheCheckIsCovered() {
        presenter.open(check(2950, RATE));
        assertThat(view.canComplete).isFalse();
        presenter.complete();
        type("29.49");
        presenter.cash();
        assertThat(view.canComplete).isFalse();
        assertThat(view.balance.remaining()).isEqualTo("$0.01");
        assertThat(view.balance.remainingOther()).as("rounded up: never underpaid").isEqualTo("LBP 895");
        presenter.complete();
        assertThat(settled).isEmpty();
        presenter.selectCurrency(Currency.LBP);
        presenter.exact();
        presenter.cash();
        assertThat(view.canComplete).isTrue();
    }

    @Test
    void aTenderCanBeTakenBackBeforeCompleting() {
        presenter.open(check(2950, RATE));
        presenter.note(usd(2000));
        presenter.cash();
        type("9.5");
        presenter.card();
        assertThat(view.canComplete).isTrue();
        presenter.removeTender(0);
        assertThat(view.tenders).extracting(PaymentView.TenderRow::index, PaymentView.TenderRow::method,
                PaymentView.TenderRow::amount).containsExactly(org.assertj.core.groups.Tuple.tuple(0, "Card", "$9.50"));
        assertThat(view.balance.remaining()).isEqualTo("$20.00");
        assertThat(view.canComplete).isFalse();
        presenter.removeTender(5);
        assertThat(presenter.tenders()).hasSize(1);
    }

    @Test
    void withoutARateOnlyTheOrdersCurrencyIsOffered() {
        presenter.open(check(2950, null));
        assertThat(view.entry.currencies()).containsExactly(Currency.USD);
        assertThat(view.entry.hint()).isEqualTo("No exchange rate set: dollars only.");
        assertThat(view.summary.dueOther()).isNull();
        assertThat(view.balance.remainingOther()).isNull();
        assertThat(view.balance.changeCurrencies()).containsExactly(Currency.USD);
        presenter.selectCurrency(Currency.LBP);
        presenter.note(lbp(100_000));
        presenter.selectChangeCurrency(Currency.LBP);
        assertThat(view.entry.currency()).isEqualTo(Currency.USD);
        assertThat(view.balance.changeIn()).isEqualTo(Currency.USD);
        presenter.note(usd(5000));
        presenter.cash();
        assertThat(view.balance.change()).isEqualTo("$20.50");
        presenter.complete();
        assertThat(settled).singleElement().satisfies(p -> {
            assertThat(p.tenders()).containsExactly(new Tender(Tender.Method.CASH, usd(5000)));
            assertThat(p.change()).isEqualTo(usd(2050));
        });
    }

    @Test
    void aCheckInPoundsShowsItsDollarsRoundedUp() {
        presenter.open(new Checkout(OrderId.random(), "T4", lbp(1_000_000), lbp(0), Vat.NONE, RATE));
        assertThat(view.summary.vatCaption()).isNull();
        assertThat(view.summary.dueOther()).isEqualTo("$11.18 at 89,500 LBP/$");
        assertThat(view.entry.currency()).isEqualTo(Currency.LBP);
        assertThat(view.balance.changeIn()).isEqualTo(Currency.LBP);
        presenter.selectCurrency(Currency.USD);
        presenter.exact();
        assertThat(view.entry.amount()).isEqualTo("$11.18");
        presenter.cash();
        assertThat(view.tenders.get(0).equivalent()).isEqualTo("= LBP 1,000,610");
        assertThat(view.balance.change()).isEqualTo("LBP 610");
    }

    @Test
    void aFailedSaveKeepsTheTendersAndSaysWhy() {
        presenter.open(check(2950, RATE));
        presenter.note(usd(5000));
        presenter.cash();
        presenter.complete();
        assertThat(view.busy).isTrue();
        assertThat(view.canComplete).isFalse();
        assertThat(view.message).isEqualTo("Saving the payment\u2026");
        saving.completeExceptionally(new IllegalStateException("the order was settled on another terminal"));
        assertThat(view.message).isEqualTo("The payment was not saved: the order was settled on another terminal");
        assertThat(view.messageIsError).isTrue();
        assertThat(view.busy).isFalse();
        assertThat(view.canComplete).isTrue();
        assertThat(presenter.tenders()).hasSize(1);
        assertThat(done).isZero();

        // tried again, it goes through
        presenter.complete();
        saving.complete(null);
        assertThat(settled).hasSize(2);
        assertThat(done).isEqualTo(1);
    }

    @Test
    void aSettleThatThrowsAtOnceIsAFailedSaveToo() {
        presenter = new PaymentPresenter(view, Threads.direct(), Ui.messages(Locale.ENGLISH), p -> {
            throw new IllegalStateException(null, null);
        }, () -> done++, () -> cancelled++);
        presenter.open(check(2950, RATE));
        presenter.note(usd(5000));
        presenter.cash();
        presenter.complete();
        assertThat(view.message).isEqualTo("The payment was not saved: the till could not store it");
        assertThat(view.busy).isFalse();
    }

    @Test
    void aDoubleTapOnCompleteSavesOnceAndNothingMovesWhileSaving() {
        presenter.open(check(2950, RATE));
        presenter.note(usd(5000));
        presenter.cash();
        presenter.complete();
        presenter.complete();
        presenter.removeTender(0);
        presenter.back();
        type("5");
        presenter.cash();
        assertThat(settled).hasSize(1);
        assertThat(presenter.tenders()).hasSize(1);
        assertThat(cancelled).isZero();
        saving.complete(null);
        presenter.complete();
        assertThat(settled).hasSize(1);
        assertThat(done).isEqualTo(1);
    }

    @Test
    void backLeavesWithNothingSaved() {
        presenter.open(check(2950, RATE));
        presenter.note(usd(2000));
        presenter.cash();
        presenter.back();
        assertThat(cancelled).isEqualTo(1);
        assertThat(settled).isEmpty();
    }

    @Test
    void badInputSaysWhyAndAddsNothing() {
        presenter.open(check(2950, RATE));

        presenter.cash();
        assertRefused("Type an amount first.");

        presenter.digit(0);
        presenter.doubleZero();
        assertThat(view.entry.amount()).isEqualTo("$0");
        presenter.card();
        assertRefused("The amount must be more than zero.");

        presenter.clearAmount();
        type("12.34");
        presenter.digit(5);
        assertRefused("Dollars take at most 2 decimals.");
        presenter.doubleZero();
        assertRefused("Dollars take at most 2 decimals.");
        assertThat(view.entry.amount()).isEqualTo("$12.34");
        presenter.backspace();
        presenter.doubleZero();
        assertRefused("Dollars take at most 2 decimals.");
        assertThat(view.entry.amount()).as("neither zero of a 00 that does not fit").isEqualTo("$12.3");

        presenter.clearAmount();
        type("9999999999");
        assertThat(view.entry.amount()).isEqualTo("$9,999,999,999");
        presenter.digit(9);
        assertRefused("That is too many digits for an amount.");
        presenter.cash();
        assertRefused("$9,999,999,999.00 is more than one tender can be (at most $10,000,000.00).");

        presenter.selectCurrency(Currency.LBP);
        assertThat(view.entry.amount()).as("what was typed meant dollars").isEqualTo("LBP 0");
        presenter.decimalPoint();
        assertRefused("Pounds are typed whole, without a decimal point.");
        type("1000000001");
        presenter.cash();
        assertRefused("LBP 1,000,000,001 is more than one tender can be (at most LBP 1,000,000,000).");

        assertThat(view.tenders).isEmpty();
        assertThat(presenter.tenders()).isEmpty();
        assertThat(view.canComplete).isFalse();
    }

    @Test
    void aCoveredCheckTakesNoMoreTenders() {
        presenter.open(check(2950, RATE));
        presenter.exact();
        presenter.cash();
        type("1");
        presenter.cash();
        assertRefused("The check is paid: complete the payment, or remove a tender first.");
        presenter.exact();
        assertRefused("The check is paid: complete the payment, or remove a tender first.");
        assertThat(presenter.tenders()).hasSize(1);
    }

    @Test
    void aPaymentTakesAtMostTwentyTenders() {
        presenter.open(check(100_000, RATE));
        for (int i = 0; i < Payment.MAX_TENDERS; i++) {
            type("1");
            presenter.cash();
        }
        type("1");
        presenter.cash();
        assertRefused("A payment takes at most 20 tenders.");
        assertThat(presenter.tenders()).hasSize(Payment.MAX_TENDERS);
    }

    @Test
    void arabicWordsTheScreenWithWesternDigits() {
        presenter = presenter(Locale.forLanguageTag("ar"));
        presenter.open(check(2950, RATE));
        assertThat(view.summary.title()).isEqualTo("الدفع \u00b7 الطاولة T1");
        assertThat(view.summary.vatCaption()).isEqualTo("ضريبة القيمة المضافة 11% ضمناً");
        assertThat(view.summary.dueOther()).isEqualTo("\u200fLBP 2,640,250 بسعر 89,500 ل.ل. للدولار");
        type("15");
        presenter.cash();
        assertThat(view.tenders.get(0).method()).isEqualTo("نقداً");
        type("20");
        presenter.card();
        assertThat(view.message).isEqualTo("لا يمكن تحصيل أكثر من $14.50 بالبطاقة (المبلغ المتبقي): لم يُضَف شيء.");
    }

    private void assertRefused(String message) {
        assertThat(view.message).isEqualTo(message);
        assertThat(view.messageIsError).isTrue();
    }

    static final class FakeView implements PaymentView {
        Summary summary;
        Entry entry;
        List<TenderRow> tenders = List.of();
        Balance balance;
        boolean canComplete;
        boolean busy;
        String message;
        boolean messageIsError;

        @Override
        public void showSummary(Summary s) {
            summary = s;
        }

        @Override
        public void showEntry(Entry e) {
            entry = e;
        }

        @Override
        public void showTenders(List<TenderRow> rows) {
            tenders = rows;
        }

        @Override
        public void showBalance(Balance b) {
            balance = b;
        }

        @Override
        public void setActions(boolean complete, boolean saving) {
            canComplete = complete;
            busy = saving;
        }

        @Override
        public void showMessage(String text, boolean error) {
            message = text;
            messageIsError = error;
        }
    }
}
