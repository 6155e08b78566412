package cedarpos.terminal.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.terminal.support.Threads;
import cedarpos.terminal.sync.EnrollmentClient.EnrollmentException;
import cedarpos.terminal.ui.kit.Ui;
import cedarpos.terminal.ui.setup.SetupPresenter.Field;
import cedarpos.terminal.ui.setup.SetupPresenter.Problem;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The setup form's checks and how each failed enrollment reads, without a display or a server. */
class SetupPresenterTest {
    static final ResourceBundle EN = Ui.messages(Locale.ENGLISH);
    static final ResourceBundle AR = Ui.messages(Locale.forLanguageTag("ar"));
    static final URI SERVER = URI.create("ws://192.168.1.10:8080/sync");

    final FakeView view = new FakeView();
    final List<String> calls = new ArrayList<>();
    final List<String> started = new ArrayList<>();
    RuntimeException failure;

    SetupPresenter<String> presenter(Threads threads) {
        SetupPresenter<String> p = new SetupPresenter<>((server, code, name) -> {
            calls.add(server + " " + code + " " + name);
            if (failure != null) {
                throw failure;
            }
            return "till " + name;
        }, threads, started::add);
        p.bind(view, EN);
        return p;
    }

    @Test
    void anEmptyFormNamesEveryFieldAndSendsNothing() {
        presenter(Threads.direct()).enroll(" ", "", "  ");
        assertThat(view.errors).containsEntry(Field.SERVER, "Enter the server's address.")
                .containsEntry(Field.CODE, "Enter the enrollment code.")
                .containsEntry(Field.NAME, "Give this till a name.");
        assertThat(calls).isEmpty();
    }

    @Test
    void aBadAddressAndACodeOfTheWrongShapeAreNamedBeforeAnythingIsSent() {
        presenter(Threads.direct()).enroll("ftp://server", "K7QM-2XPA", "Counter 1");
        assertThat(view.errors.get(Field.SERVER)).startsWith("This is not a server address");
        assertThat(view.errors.get(Field.CODE)).startsWith("An enrollment code is 12 letters and digits");
        assertThat(view.errors).doesNotContainKey(Field.NAME);
        assertThat(calls).isEmpty();
        assertThat(SetupPresenter.check("server", "K7QM-2XPA-93HD", "x".repeat(101)))
                .containsExactly(new Problem(Field.NAME, "setup.error.name.long", 100));
    }

    @Test
    void whatIsSentIsNormalisedAndASuccessHandsOverTheTill() {
        presenter(Threads.direct()).enroll(" 192.168.1.10 ", "k7qm 2xpa 93hd", "  Counter 1 ");
        assertThat(calls).containsExactly("ws://192.168.1.10:8080/sync K7QM-2XPA-93HD Counter 1");
        assertThat(started).containsExactly("till Counter 1");
        assertThat(view.errors).isEmpty();
    }

    @Test
    void whileEnrollingTheFormIsLockedWithTheAddressShownAndASecondTapDoesNothing() {
        Queue<Runnable> io = new ArrayDeque<>();
        SetupPresenter<String> p = presenter(new Threads(io::add, Runnable::run));
        p.enroll("server", "K7QM-2XPA-93HD", "Counter 1");
        assertThat(view.busy).isEqualTo("Contacting the server at server:8080\u2026");
        p.enroll("server", "K7QM-2XPA-93HD", "Counter 1");
        assertThat(io).hasSize(1);
        failure = new EnrollmentException(EnrollmentException.UNREACHABLE, "cannot reach", null);
        io.remove().run();
        assertThat(view.busy).isNull();
        assertThat(view.errors.get(Field.SERVER)).isEqualTo("Cannot reach the server at server:8080. Check the"
                + " address, the network, and that the server is running.");
        assertThat(started).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "UNREACHABLE, SERVER, setup.error.server.unreachable",
            "BAD_RESPONSE, SERVER, setup.error.server.notCedar",
            "SERVER_STARTING, SERVER, setup.error.server.busy",
            "DATABASE_UNAVAILABLE, SERVER, setup.error.server.busy",
            "ENROLLMENT_CODE_UNKNOWN, CODE, setup.error.code.unknown",
            "ENROLLMENT_CODE_USED, CODE, setup.error.code.used",
            "ENROLLMENT_CODE_EXPIRED, CODE, setup.error.code.expired",
            "TERMINAL_ENROLLED_ELSEWHERE, CODE, setup.error.code.otherBranch",
            "INVALID_FIELD, CODE, setup.error.code.shape",
            "SOMETHING_NEW, FORM, setup.error.refused"})
    void eachFailureGoesNextToItsFieldInBothLanguages(String code, Field field, String key) {
        Problem p = SetupPresenter.problem(new EnrollmentException(code, "server's words", null), SERVER);
        assertThat(p.field()).isEqualTo(field);
        assertThat(p.key()).isEqualTo(key);
        assertThat(p.text(EN)).doesNotContain("{0}").doesNotContain("server's words");
        assertThat(p.text(AR)).containsPattern("[\\u0600-\\u06FF]").doesNotContain("{0}");
        if (field == Field.SERVER) {
            assertThat(p.text(EN)).contains("192.168.1.10:8080");
            assertThat(p.text(AR)).contains("192.168.1.10:8080");
        }
        if (field == Field.FORM) {
            assertThat(p.text(EN)).contains(code);
        }
    }

    @Test
    void aNameTheServerFindsTooLongIsNamedOnTheNameAndATillFailureOnTheForm() {
        assertThat(SetupPresenter.problem(new EnrollmentException("INVALID_FIELD", "terminalName", "too long", null),
                SERVER)).isEqualTo(new Problem(Field.NAME, "setup.error.name.long", 100));
        Problem local = SetupPresenter.problem(new IllegalStateException("disk full"), SERVER);
        assertThat(local.field()).isEqualTo(Field.FORM);
        assertThat(local.text(EN)).isEqualTo("The till could not keep its enrollment: disk full");
    }

    @Test
    void theSameProblemsShowInArabicWhenTheLanguageChanges() {
        SetupPresenter<String> p = presenter(Threads.direct());
        failure = new EnrollmentException("ENROLLMENT_CODE_USED", "used", null);
        p.enroll("server", "K7QM-2XPA-93HD", "Counter 1");
        assertThat(view.errors.get(Field.CODE)).isEqualTo("This code was already used. Ask a manager for a new one.");
        FakeView arabic = new FakeView();
        p.bind(arabic, AR);
        assertThat(arabic.errors.get(Field.CODE)).isEqualTo(AR.getString("setup.error.code.used"));
    }

    @Test
    void everySetupStringIsInEnglishAndInArabic() {
        Set<String> keys = new TreeSet<>();
        EN.keySet().stream().filter(k -> k.startsWith("setup.")).forEach(keys::add);
        assertThat(keys).hasSizeGreaterThan(25);
        for (String key : keys) {
            assertThat(AR.getString(key)).as(key).isNotEqualTo(EN.getString(key))
                    .containsPattern("[\\u0600-\\u06FF]");
        }
    }

    static final class FakeView implements SetupView {
        final Map<Field, String> errors = new EnumMap<>(Field.class);
        String busy;

        @Override
        public void showError(Field field, String text) {
            if (text == null) {
                errors.remove(field);
            } else {
                errors.put(field, text);
            }
        }

        @Override
        public void showBusy(String text) {
            busy = text;
        }
    }
}
