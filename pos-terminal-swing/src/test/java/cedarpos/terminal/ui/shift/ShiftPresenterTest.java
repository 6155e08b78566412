package cedarpos.terminal.ui.shift;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.shift.Cash;
import cedarpos.domain.shift.DrawerMovement;
import cedarpos.domain.shift.Shift;
import cedarpos.domain.shift.ZReport;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.testing.MutableClock;
import cedarpos.terminal.ui.kit.Ui;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShiftPresenterTest {
    @TempDir
    Path dir;
    TerminalStore store;
    FakeView view = new FakeView();
    MutableClock clock = new MutableClock();
    String signedIn = "Karim Nassar";
    ShiftPresenter presenter;

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir, clock);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2));
        // the store's clock: a pay-out's PIN lockout is the till's, kept by its staff book
        presenter = new ShiftPresenter(store.shifts(), store.cashier(), view,
                Threads.direct(), Ui.messages(Locale.ENGLISH), () -> signedIn);
        presenter.start();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    long outbox() {
        return StoreFixture.count(store, "SELECT COUNT(*) FROM outbox");
    }

    @Test
    void a_shift_opens_with_its_float_takes_a_pay_in_and_closes_on_its_z_report() {
        assertThat(view.screen).isEqualTo("open");
        presenter.openShift("100", "2,000,000");
        assertThat(view.screen).isEqualTo("shift");
        assertThat(view.shift.openedBy()).isEqualTo("Karim Nassar");
        assertThat(view.shift.openingFloat()).isEqualTo(Cash.of(10_000, 2_000_000));
        assertThat(view.message).isEqualTo("Shift opened with $100.00 and LBP 2,000,000.");
        assertThat(view.error).isFalse();

        presenter.payIn("500000", Currency.LBP, "change from the safe");
        assertThat(view.movements).extracting(DrawerMovement::amount).containsExactly(Money.of(500_000,
                Currency.LBP));
        assertThat(view.cleared).isEqualTo(1);
        assertThat(view.message).isEqualTo("Pay-in of LBP 500,000 recorded.");

        presenter.closeShift("100", "2500000");
        assertThat(view.screen).isEqualTo("report");
        assertThat(view.report.drawer().expected()).isEqualTo(Cash.of(10_000, 2_500_000));
        assertThat(view.report.drawer().difference()).isEqualTo(Cash.ZERO);
        assertThat(view.message).isEqualTo("Shift closed. Here is its Z report.");
        assertThat(store.shifts().current()).isEmpty();
        assertThat(view.busyNow).as("never left busy").isFalse();

        ZReport shown = view.report;
        presenter.done();
        assertThat(view.screen).isEqualTo("open");
        presenter.reprintLast();
        assertThat(view.screen).isEqualTo("report");
        assertThat(view.report).isEqualTo(shown);
    }

    @Test
    void amounts_are_read_as_typed_and_bad_ones_write_nothing() {
        presenter.openShift("12.345", "0");
        assertThat(view.message).isEqualTo("Enter dollars as digits, e.g. 120 or 120.50.");
        assertThat(view.error).isTrue();
        presenter.openShift("100", "1500.5");
        assertThat(view.message).isEqualTo("Enter pounds as whole digits, e.g. 2000000.");
        presenter.openShift("-5", "");
        assertThat(view.message).isEqualTo("Enter dollars as digits, e.g. 120 or 120.50.");
        presenter.openShift("99999999999999999999", "");
        assertThat(view.message).isEqualTo("That amount is too large.");
        assertThat(outbox()).isZero();
        assertThat(view.screen).isEqualTo("open");

        // Arabic-Indic digits and an empty pound drawer
        presenter.openShift("\u0661\u0665\u0660\u066b\u0665", "");
        assertThat(view.shift.openingFloat()).isEqualTo(Cash.of(15_050, 0));
        long written = outbox();
        presenter.payIn("", Currency.USD, "safe");
        assertThat(view.message).isEqualTo("Enter the dollars (0 if none).");
        presenter.payIn("0", Currency.USD, "safe");
        assertThat(view.message).isEqualTo("The amount must be more than zero.");
        presenter.payIn("20", Currency.USD, "  ");
        assertThat(view.message).isEqualTo("Enter a reason.");
        presenter.closeShift("150.50", "");
        assertThat(view.message).isEqualTo("Enter the pounds (0 if none).");
        assertThat(outbox()).isEqualTo(written);
        assertThat(view.screen).isEqualTo("shift");
    }

    @Test
    void a_pay_out_takes_a_managers_pin_and_names_the_manager() {
        presenter.openShift("100", "0");
        long written = outbox();
        presenter.payOut("15", Currency.USD, "ice delivery", new char[0]);
        assertThat(view.message).isEqualTo("A pay-out needs a manager's PIN.");
        char[] cashierPin = LebaneseCatalog.CASHIER_PIN.toCharArray();
        presenter.payOut("15", Currency.USD, "ice delivery", cashierPin);
        assertThat(view.message).isEqualTo("That PIN does not belong to a manager. 4 tries left.");
        assertThat(cashierPin).as("wiped").containsOnly('\0');
        assertThat(outbox()).isEqualTo(written);

        presenter.payOut("15", Currency.USD, "ice delivery", LebaneseCatalog.MANAGER_PIN.toCharArray());
        assertThat(view.message).isEqualTo("Pay-out of $15.00 recorded, approved by Rana Haddad.");
        assertThat(view.movements).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(DrawerMovement.Kind.PAY_OUT);
            assertThat(m.approvedBy()).isEqualTo("Rana Haddad");
            assertThat(m.by()).isEqualTo("Karim Nassar");
        });
        assertThat(view.cleared).isEqualTo(1);
    }

    @Test
    void five_wrong_pins_lock_pay_outs_for_thirty_seconds() {
        presenter.openShift("100", "0");
        for (int i = 1; i <= 4; i++) {
            presenter.payOut("15", Currency.USD, "ice", "9999".toCharArray());
        }
        presenter.payOut("15", Currency.USD, "ice", "9999".toCharArray());
        assertThat(view.message).isEqualTo("Too many wrong PINs. Try again in 30 s.");
        presenter.payOut("15", Currency.USD, "ice", LebaneseCatalog.MANAGER_PIN.toCharArray());
        assertThat(view.message).as("locked: even the right PIN waits").isEqualTo(
                "Too many wrong PINs. Try again in 30 s.");
        assertThat(view.movements).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        presenter.payOut("15", Currency.USD, "ice", LebaneseCatalog.MANAGER_PIN.toCharArray());
        assertThat(view.movements).hasSize(1);
    }

    @Test
    void a_drawer_changed_elsewhere_is_shown_as_it_is() {
        store.shifts().open("Maya Khoury", Money.of(0, Currency.USD), Money.of(0, Currency.LBP));
        presenter.openShift("100", "0");
        assertThat(view.message).isEqualTo("A shift is already open on this terminal.");
        assertThat(view.error).isTrue();
        assertThat(view.screen).isEqualTo("shift");
        assertThat(view.shift.openedBy()).isEqualTo("Maya Khoury");

        presenter.payIn("10", Currency.USD, "safe");
        assertThat(view.movements).extracting(DrawerMovement::by).containsExactly(signedIn);
        store.shifts().close(Money.of(1_000, Currency.USD), Money.of(0, Currency.LBP));
        presenter.closeShift("10", "0");
        assertThat(view.message).isEqualTo("No shift is open on this terminal.");
        assertThat(view.screen).isEqualTo("open");
    }

    static final class FakeView implements ShiftView {
        String screen;
        Shift shift;
        List<DrawerMovement> movements = new ArrayList<>();
        ZReport report;
        String message;
        boolean error;
        boolean busyNow;
        int cleared;

        @Override
        public void showOpenForm() {
            screen = "open";
        }

        @Override
        public void showShift(Shift s, List<DrawerMovement> list) {
            screen = "shift";
            shift = s;
            movements = list;
        }

        @Override
        public void showReport(ZReport z) {
            screen = "report";
            report = z;
        }

        @Override
        public void showMessage(String text, boolean isError) {
            message = text;
            error = isError;
        }

        @Override
        public void setBusy(boolean busy) {
            busyNow = busy;
        }

        @Override
        public void clearMovementForm() {
            cleared++;
        }
    }
}
