package cedarpos.terminal.ui.setup;

import cedarpos.terminal.support.Threads;
import cedarpos.terminal.sync.EnrollmentClient.EnrollmentException;
import cedarpos.terminal.sync.EnrollmentCode;
import cedarpos.terminal.sync.ServerAddress;
import java.net.URI;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The setup screen's state: what was typed is checked on the till (address, code shape, name) and only then sent;
 * the enrollment runs on the IO thread; a refusal or a network failure becomes a message next to the field it is
 * about, in the screen's language, and the form stays as typed. Nothing is stored unless the enrollment succeeded
 * (that is the {@link Enroller}'s promise).
 *
 * @param <T> what a successful enrollment gives the caller (the started till)
 */
public final class SetupPresenter<T> {
    private static final Logger LOG = Logger.getLogger(SetupPresenter.class.getName());
    /** The server's limit on a terminal's name (EnrollmentResource.MAX_NAME). */
    public static final int MAX_NAME = 100;

    /** Where a message goes: under an input, or under the Enroll button. */
    public enum Field {
        SERVER, CODE, NAME, FORM
    }

    /** A message for people: a bundle key and its arguments, placed under a field. */
    public record Problem(Field field, String key, List<Object> args) {
        public Problem(Field field, String key, Object... args) {
            this(field, key, List.of(args));
        }

        public String text(ResourceBundle messages) {
            String pattern = messages.getString(key);
            return args.isEmpty() ? pattern : MessageFormat.format(pattern, args.toArray());
        }
    }

    /** Enrolls and starts the till; runs on the IO thread. */
    @FunctionalInterface
    public interface Enroller<T> {
        /**
         * @throws EnrollmentException when the server refused or could not be reached; nothing was stored
         */
        T enroll(URI server, String code, String name);
    }

    private final Enroller<T> enroller;
    private final Threads threads;
    private final Consumer<T> enrolled;
    private SetupView view;
    private ResourceBundle messages;
    private List<Problem> problems = List.of();
    private URI busyWith;

    public SetupPresenter(Enroller<T> enroller, Threads threads, Consumer<T> enrolled) {
        this.enroller = enroller;
        this.threads = threads;
        this.enrolled = enrolled;
    }

    /** A (new) view in its language: it shows what the last one showed. */
    public void bind(SetupView view, ResourceBundle messages) {
        this.view = view;
        this.messages = messages;
        render();
    }

    public boolean busy() {
        return busyWith != null;
    }

    /** Checks what was typed, then enrolls off the event thread; a second tap while enrolling does nothing. */
    public void enroll(String server, String code, String name) {
        if (busy()) {
            return;
        }
        List<Problem> found = check(server, code, name);
        if (!found.isEmpty()) {
            problems = found;
            render();
            return;
        }
        URI uri = ServerAddress.parse(server).orElseThrow();
        String normalised = EnrollmentCode.normalise(code).orElseThrow();
        String till = name.strip();
        problems = List.of();
        busyWith = uri;
        render();
        threads.onIo(() -> enroller.enroll(uri, normalised, till)).whenComplete((result, error) -> threads.onEdt(
                () -> {
                    busyWith = null;
                    if (error == null) {
                        enrolled.accept(result);
                        return;
                    }
                    problems = List.of(problem(unwrap(error), uri));
                    render();
                }));
    }

    /** What is wrong with the form before anything is sent: one problem per field at most. */
    public static List<Problem> check(String server, String code, String name) {
        List<Problem> found = new ArrayList<>();
        if (server == null || server.isBlank()) {
            found.add(new Problem(Field.SERVER, "setup.error.server.empty"));
        } else if (ServerAddress.parse(server).isEmpty()) {
            found.add(new Problem(Field.SERVER, "setup.error.server.invalid"));
        }
        if (code == null || code.isBlank()) {
            found.add(new Problem(Field.CODE, "setup.error.code.empty"));
        } else if (EnrollmentCode.normalise(code).isEmpty()) {
            found.add(new Problem(Field.CODE, "setup.error.code.shape"));
        }
        if (name == null || name.isBlank()) {
            found.add(new Problem(Field.NAME, "setup.error.name.empty"));
        } else if (name.strip().length() > MAX_NAME) {
            found.add(new Problem(Field.NAME, "setup.error.name.long", MAX_NAME));
        }
        return found;
    }

    /** A failed enrollment as people read it (docs/protocol.md "Enrollment and device tokens" for the codes). */
    public static Problem problem(Throwable error, URI server) {
        String at = ServerAddress.shown(server);
        if (!(error instanceof EnrollmentException e)) {
            String detail = error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName();
            return new Problem(Field.FORM, "setup.error.failed", detail);
        }
        return switch (e.code()) {
            case EnrollmentException.UNREACHABLE -> new Problem(Field.SERVER, "setup.error.server.unreachable", at);
            case EnrollmentException.BAD_RESPONSE -> new Problem(Field.SERVER, "setup.error.server.notCedar", at);
            case "SERVER_STARTING", "DATABASE_UNAVAILABLE" -> new Problem(Field.SERVER, "setup.error.server.busy",
                    at);
            case "ENROLLMENT_CODE_UNKNOWN" -> new Problem(Field.CODE, "setup.error.code.unknown");
            case "ENROLLMENT_CODE_USED" -> new Problem(Field.CODE, "setup.error.code.used");
            case "ENROLLMENT_CODE_EXPIRED" -> new Problem(Field.CODE, "setup.error.code.expired");
            case "TERMINAL_ENROLLED_ELSEWHERE" -> new Problem(Field.CODE, "setup.error.code.otherBranch");
            case "INVALID_FIELD" -> "terminalName".equals(e.field())
                    ? new Problem(Field.NAME, "setup.error.name.long", MAX_NAME)
                    : new Problem(Field.CODE, "setup.error.code.shape");
            default -> new Problem(Field.FORM, "setup.error.refused", e.code());
        };
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (!(e instanceof EnrollmentException)) {
            LOG.log(Level.WARNING, "enrollment failed on the till", e);
        }
        return e;
    }

    private void render() {
        if (view == null) {
            return;
        }
        for (Field f : Field.values()) {
            view.showError(f, problems.stream().filter(p -> p.field() == f).findFirst().map(p -> p.text(messages))
                    .orElse(null));
        }
        view.showBusy(busyWith == null ? null
                : MessageFormat.format(messages.getString("setup.enrolling"), ServerAddress.shown(busyWith)));
    }
}
