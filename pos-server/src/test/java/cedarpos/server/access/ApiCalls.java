package cedarpos.server.access;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.WebSession;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Every call of the REST API as the server's resource classes declare it ({@code @Path} on the class and the method,
 * and the HTTP method), so a test can try each of them, including the ones added after it was written.
 */
final class ApiCalls {
    /**
     * The calls anyone may make, and what they answer a caller without a session whose body is "{}": signing in and a
     * till redeeming its enrollment code refuse the body; signing out ends nothing (there is no session); a new
     * server's first administrator: whether it is needed, and its creation (which refuses the body).
     */
    static final Map<String, Integer> PUBLIC = Map.of("POST /api/session", 400, "POST /api/enrollments", 400,
            "DELETE /api/session", 204, "GET /api/setup", 200, "POST /api/setup", 400);
    /** The administrator's calls (web.xml): web accounts, and opening a branch. */
    static final Set<String> ADMIN_ONLY = Set.of("GET /api/staff", "POST /api/staff", "DELETE /api/staff/{username}",
            "POST /api/branches");
    /** The live stream never ends for a caller it serves, so it is not read for a snapshot. */
    private static final String EVENTS = "/api/branches/{branchId}/events";
    /** Any other id in a path: one that names nothing. */
    private static final String NOTHING = UUID.randomUUID().toString();

    record Call(String method, String template) {
        String key() {
            return method + " " + template;
        }

        boolean adminOnly() {
            return ADMIN_ONLY.contains(key());
        }

        /** A call on one branch's data, or on one till's. */
        boolean addressesABranchOrTill() {
            return template.contains("{branchId}") || template.contains("{terminalId}");
        }

        String path(BranchId branch, TerminalId till) {
            return template.replace("{branchId}", branch.toString()).replace("{terminalId}", till.toString())
                    .replaceAll("\\{[^}]+}", NOTHING);
        }

        /** The call with an empty JSON object as its body when it takes one; with or without the CSRF token. */
        HttpResponse<String> send(WebSession session, BranchId branch, TerminalId till, boolean csrf) {
            String path = path(branch, till);
            String body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH") ? "{}" : null;
            if (!csrf) {
                return session.withoutCsrf(method, path, body);
            }
            return switch (method) {
                case "GET" -> session.get(path);
                case "PUT" -> session.put(path, body);
                case "POST" -> session.post(path, body);
                case "DELETE" -> session.delete(path);
                default -> session.withoutCsrf(method, path, body);
            };
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private ApiCalls() {
    }

    static List<Call> all() {
        List<Call> calls = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cedarpos.server")) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = resource.reflect();
            String base = "/api/" + strip(type.getAnnotation(Path.class).value());
            for (Method m : type.getMethods()) {
                String verb = verb(m);
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String path = sub == null ? base : base + "/" + strip(sub.value());
                calls.add(new Call(verb, path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/$", "")));
            }
        }
        calls.sort(Comparator.comparing(Call::key));
        return calls;
    }

    /** What the administrator reads of one branch through every GET on it: status and body by call. */
    static Map<String, String> readable(ServerApi admin, List<Call> calls, BranchId branch, TerminalId till) {
        Map<String, String> seen = new TreeMap<>();
        for (Call c : calls) {
            if (c.method().equals("GET") && c.addressesABranchOrTill() && !c.template().equals(EVENTS)) {
                HttpResponse<String> r = admin.get(c.path(branch, till));
                seen.put(c.key(), r.statusCode() + " " + r.body());
            }
        }
        return seen;
    }

    private static String verb(Method m) {
        for (Class<? extends Annotation> a : List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)) {
            if (m.isAnnotationPresent(a)) {
                return a.getSimpleName();
            }
        }
        return null;
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
