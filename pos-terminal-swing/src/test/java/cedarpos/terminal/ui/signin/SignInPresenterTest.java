package cedarpos.terminal.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.staff.Role;
import cedarpos.domain.staff.StaffMember;
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

class SignInPresenterTest {
    @TempDir
    Path dir;
    TerminalStore store;
    FakeView view = new FakeView();
    MutableClock clock = new MutableClock();
    List<StaffMember> signedIn = new ArrayList<>();
    SignInPresenter presenter;

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2));
        presenter = new SignInPresenter(store.cashier(), view, Threads.direct(), Ui.messages(Locale.ENGLISH), clock,
                signedIn::add);
        presenter.reset();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    void type(String digits) {
        digits.chars().forEach(c -> presenter.digit((char) c));
    }

    @Test
    void the_right_pin_signs_in_whoever_it_belongs_to_and_the_digits_never_show() {
        assertThat(view.message).isEqualTo("Enter your PIN");
        type("11");
        assertThat(view.digits).isEqualTo(2);
        assertThat(view.submitEnabled).isFalse();
        type("11");
        assertThat(view.submitEnabled).isTrue();
        presenter.submit();
        assertThat(signedIn).extracting(StaffMember::name).containsExactly("Karim Nassar");
        assertThat(view.digits).as("the pad is empty for the next person").isZero();
        presenter.reset();
        type("2580");
        presenter.submit();
        assertThat(signedIn).extracting(StaffMember::role).containsExactly(Role.CASHIER, Role.MANAGER);
    }

    @Test
    void typing_edits_and_bad_input_change_nothing() {
        type("12");
        presenter.backspace();
        assertThat(view.digits).isEqualTo(1);
        presenter.clear();
        assertThat(view.digits).isZero();
        type("123");
        presenter.submit();
        assertThat(view.message).isEqualTo("A PIN is 4 to 8 digits");
        assertThat(view.error).isTrue();
        type("456789999");
        assertThat(view.digits).as("at most 8 digits").isEqualTo(8);
        presenter.digit('x');
        assertThat(view.digits).isEqualTo(8);
        assertThat(signedIn).isEmpty();
    }

    @Test
    void five_wrong_pins_lock_the_pad_for_thirty_seconds() {
        for (int i = 1; i <= 4; i++) {
            type("9999");
            presenter.submit();
            assertThat(view.message).isEqualTo("Wrong PIN. " + (5 - i) + " tries left before the pad locks.");
        }
        type("9999");
        presenter.submit();
        assertThat(view.message).isEqualTo("Too many wrong PINs. Try again in 30 s.");
        assertThat(view.keysEnabled).isFalse();
        type("1111");
        presenter.submit();
        assertThat(signedIn).as("locked: even the right PIN waits").isEmpty();
        clock.advance(Duration.ofSeconds(12));
        presenter.tick();
        assertThat(view.message).isEqualTo("Too many wrong PINs. Try again in 18 s.");
        clock.advance(Duration.ofSeconds(18));
        presenter.tick();
        assertThat(view.keysEnabled).isTrue();
        assertThat(view.message).isEqualTo("Enter your PIN");
        type("1111");
        presenter.submit();
        assertThat(signedIn).extracting(StaffMember::name).containsExactly("Karim Nassar");
    }

    static final class FakeView implements SignInView {
        int digits;
        String message;
        boolean error;
        boolean keysEnabled;
        boolean submitEnabled;

        @Override
        public void showEntered(int n) {
            digits = n;
        }

        @Override
        public void showMessage(String text, boolean isError) {
            message = text;
            error = isError;
        }

        @Override
        public void setEnabled(boolean keys, boolean submit) {
            keysEnabled = keys;
            submitEnabled = submit;
        }
    }
}
