package cedarpos.terminal.ui.reset;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.ui.kit.Ui;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResetPresenterTest {
    @TempDir
    Path dir;
    TerminalStore store;
    final FakeView view = new FakeView();
    final List<String> done = new ArrayList<>();
    ResetPresenter presenter;

    @BeforeEach
    void open() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2));
        presenter = new ResetPresenter(store.cashier(), store::pendingCount, view, Threads.direct(),
                Ui.messages(Locale.ENGLISH), new TillActions() {
                    @Override
                    public void reset(Locale locale) {
                        done.add("reset " + locale);
                    }

                    @Override
                    public void enrollAgain(Locale locale) {
                        done.add("enroll again " + locale);
                    }
                });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_reset_is_refused_with_the_count_while_sales_wait_for_the_server() {
        store.orders().place(null, List.of(new NewLine(LebaneseCatalog.HUMMUS, 1)));
        presenter.reset(LebaneseCatalog.RANA, Locale.ENGLISH);
        assertThat(view.asked).as("the signed-in manager approves herself").isNull();
        assertThat(view.refused).isEqualTo("One entry written on this till has not reached the server yet."
                + " Connect the till to the server and let it send them first: nothing was changed.");
        assertThat(view.confirmed).isEmpty();
        assertThat(done).isEmpty();
    }

    @Test
    void a_cashier_needs_a_managers_pin_and_the_manager_confirms() {
        view.pin = LebaneseCatalog.CASHIER_PIN;
        presenter.reset(LebaneseCatalog.KARIM, Locale.ENGLISH);
        assertThat(view.asked).isEqualTo("Reset this till");
        assertThat(view.refused).isEqualTo("that PIN is not a manager's");
        assertThat(done).isEmpty();

        view.pin = LebaneseCatalog.MANAGER_PIN;
        view.answer = false;
        presenter.reset(LebaneseCatalog.KARIM, Locale.ENGLISH);
        assertThat(view.confirmed).containsExactly("Reset this till?");
        assertThat(done).as("not confirmed").isEmpty();

        view.answer = true;
        presenter.reset(LebaneseCatalog.KARIM, Locale.ENGLISH);
        assertThat(done).containsExactly("reset en");
    }

    @Test
    void with_nobody_signed_in_a_managers_pin_enrolls_the_till_again_keeping_what_it_has_not_sent() {
        store.orders().place(null, List.of(new NewLine(LebaneseCatalog.HUMMUS, 1)));
        view.pin = null;
        presenter.enrollAgain(null, Locale.ENGLISH);
        assertThat(view.asked).isEqualTo("Enroll this till again");
        assertThat(done).as("cancelled").isEmpty();

        view.pin = LebaneseCatalog.MANAGER_PIN;
        view.answer = true;
        presenter.enrollAgain(null, Locale.forLanguageTag("ar"));
        assertThat(done).containsExactly("enroll again ar");
    }

    static final class FakeView implements ResetView {
        String pin;
        String asked;
        String refused;
        boolean answer;
        final List<String> confirmed = new ArrayList<>();

        @Override
        public char[] askManagerPin(String what) {
            asked = what;
            return pin == null ? null : pin.toCharArray();
        }

        @Override
        public void showRefused(String text) {
            refused = text;
        }

        @Override
        public boolean confirm(String title, String text, String goOn) {
            confirmed.add(title);
            return answer;
        }
    }
}
