package cedarpos.terminal.sync;

import cedarpos.protocol.v1.Jsons;
import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Exchanges a one-time enrollment code for this terminal's device token
 * ({@code POST /api/enrollments}, docs/protocol.md "Enrollment and device tokens").
 */
public final class EnrollmentClient {
    private static final Logger LOG = Logger.getLogger(EnrollmentClient.class.getName());
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** What the server answered with a 201. {@link #toString()} hides the token. */
    public record Enrollment(TerminalId terminalId, BranchId branchId, String branchName, String token) {
        @Override
        public String toString() {
            return "Enrollment[terminalId=" + terminalId + ", branchId=" + branchId + ", branchName=" + branchName
                    + ", token=(" + token.length() + " chars)]";
        }
    }

    /** The enrollment did not happen; nothing was stored. */
    public static final class EnrollmentException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** The server's stable code, or {@link #UNREACHABLE} / {@link #BAD_RESPONSE}. */
        public static final String UNREACHABLE = "UNREACHABLE";
        public static final String BAD_RESPONSE = "BAD_RESPONSE";

        private final String code;
        private final String field;

        public EnrollmentException(String code, String message, Throwable cause) {
            this(code, null, message, cause);
        }

        /** @param field the request field the server named as at fault ({@code INVALID_FIELD}), or null */
        public EnrollmentException(String code, String field, String message, Throwable cause) {
            super(message, cause);
            this.code = code;
            this.field = field;
        }

        /** The request field at fault ({@code code}, {@code terminalName}) when the server named one, else null. */
        public String field() {
            return field;
        }

        public String code() {
            return code;
        }

        /** True when the server answered and refused the code (as opposed to not answering usefully). */
        public boolean refusedByServer() {
            return !UNREACHABLE.equals(code) && !BAD_RESPONSE.equals(code);
        }
    }

    private final HttpClient http;

    public EnrollmentClient() {
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /**
     * The HTTP address of the enrollment call on the server a sync URI names:
     * ws becomes http, wss https, and {@code .../sync} becomes {@code .../api/enrollments}.
     */
    public static URI enrollmentUri(URI syncUri) {
        return ServerAddress.web(syncUri, "/api/enrollments");
    }

    /**
     * @throws EnrollmentException when the server refuses the code (its code and message),
     *                             cannot be reached, or answers something unexpected
     */
    public Enrollment enroll(URI syncUri, String code, TerminalId terminalId, String terminalName) {
        URI uri = enrollmentUri(syncUri);
        String body = Jsons.objectBuilder().add("code", code).add("terminalId", terminalId.toString())
                .add("terminalName", terminalName).build().toString();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EnrollmentException(EnrollmentException.UNREACHABLE, "cannot reach the server to enroll at "
                    + uri + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnrollmentException(EnrollmentException.UNREACHABLE, "enrollment interrupted", e);
        }
        JsonObject json = parse(uri, response);
        if (response.statusCode() == 201) {
            Enrollment e = enrollment(uri, json);
            LOG.info(() -> "enrolled terminal=" + e.terminalId() + " branch=" + e.branchId() + " at " + uri);
            return e;
        }
        String serverCode = json.getString("code", null);
        if (serverCode == null) {
            throw new EnrollmentException(EnrollmentException.BAD_RESPONSE, "the server at " + uri + " answered "
                    + response.statusCode() + " without an error code", null);
        }
        String message = json.getString("message", serverCode);
        LOG.warning(() -> "enrollment refused status=" + response.statusCode() + " code=" + serverCode + " terminal="
                + terminalId + ": " + message);
        throw new EnrollmentException(serverCode, json.getString("field", null), message, null);
    }

    private static JsonObject parse(URI uri, HttpResponse<String> response) {
        try (JsonReader r = Jsons.reader(new StringReader(response.body()))) {
            return r.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new EnrollmentException(EnrollmentException.BAD_RESPONSE, "the server at " + uri + " answered "
                    + response.statusCode() + " with something that is not a JSON object; is this a Cedar POS server?",
                    e);
        }
    }

    private static Enrollment enrollment(URI uri, JsonObject json) {
        try {
            Enrollment e = new Enrollment(TerminalId.parse(json.getString("terminalId")),
                    BranchId.parse(json.getString("branchId")), json.getString("branchName"), json.getString("token"));
            if (e.token().isBlank() || e.branchName().isBlank()) {
                throw new IllegalArgumentException("blank token or branch name");
            }
            return e;
        } catch (RuntimeException e) {
            throw new EnrollmentException(EnrollmentException.BAD_RESPONSE, "the server at " + uri
                    + " accepted the code but its answer is incomplete: " + e.getMessage(), e);
        }
    }

    private static String describe(IOException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
