package cedarpos.server;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import cedarpos.server.changelog.BranchLock;
import jakarta.persistence.Entity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The server's module boundaries as reusable rules, parameterised by the base
 * package whose direct sub-packages are the modules ({@code cedarpos.server}
 * in production, a fixture package when proving that the rules can fail).
 */
public final class ModuleRules {
    private ModuleRules() {
    }

    /** No class outside module M depends on anything in {@code <base>.M.internal..}. */
    public static ArchRule internalsArePrivate(String basePackage) {
        String prefix = basePackage + ".";
        return classes().that().resideInAPackage(basePackage + "..")
                .should(new ArchCondition<JavaClass>("only depend on another module's API, never its internal package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String originModule = module(origin.getPackageName(), prefix);
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            String target = d.getTargetClass().getPackageName();
                            String targetModule = module(target, prefix);
                            if (targetModule == null || targetModule.equals(originModule)) {
                                continue;
                            }
                            String internal = prefix + targetModule + ".internal";
                            if (target.equals(internal) || target.startsWith(internal + ".")) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .because("a module's internal package is private to it; other modules use its API");
    }

    /** The modules ({@code <base>.(*)..}) depend on each other without cycles. */
    public static ArchRule modulesAreFreeOfCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles();
    }

    /** JPA entities stay inside the internal package of their module. */
    public static ArchRule entitiesAreInternal(String basePackage) {
        return classes().that().resideInAPackage(basePackage + "..").and().areAnnotatedWith(Entity.class)
                .should().resideInAPackage("..internal..")
                .because("entities never leave their module and never go on the wire");
    }

    /**
     * A module's {@code web} package (its HTTP resources) uses only its own module and {@code platform}: a resource
     * is a few lines of HTTP around one of its module's use cases, never the place where modules are wired
     * together. The one exception is a WebSocket endpoint ({@code @ServerEndpoint}): the terminal conversation's
     * adapter checks the device token (enrollment) and registers its session for broadcasts by design.
     */
    public static ArchRule webUsesOnlyItsModuleAndPlatform(String basePackage) {
        String prefix = basePackage + ".";
        return classes().that().resideInAPackage(basePackage + ".*.web..")
                .and().areNotAnnotatedWith(jakarta.websocket.server.ServerEndpoint.class)
                .should(new ArchCondition<JavaClass>("use only their own module and platform") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String own = module(origin.getPackageName(), prefix);
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            String target = module(d.getTargetClass().getPackageName(), prefix);
                            if (target != null && !target.equals(own) && !target.equals("platform")) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .because("a resource speaks HTTP for its own module's use cases; the wiring between modules lives"
                        + " in those use cases");
    }

    /**
     * The terminal conversation ({@code <base>.sync}) holds no manager use case: no HTTP write (POST, PUT, PATCH,
     * DELETE) and no setup change. A manager's change lives in the module of the capability it changes.
     */
    public static ArchRule noManagerUseCaseIn(String syncPackage) {
        return classes().that().resideInAPackage(syncPackage + "..")
                .should(new ArchCondition<JavaClass>("have no HTTP write method and change no branch setup") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        origin.getMethods().stream().filter(m -> WRITES.stream().anyMatch(m::isAnnotatedWith))
                                .forEach(m -> events.add(SimpleConditionEvent.violated(m, m.getFullName()
                                        + " is an HTTP write")));
                        origin.getMethodCallsFromSelf().stream()
                                .filter(c -> c.getTarget().getOwner().isEquivalentTo(BranchLock.class)
                                        && c.getTarget().getName().equals("setupChanged"))
                                .forEach(c -> events.add(SimpleConditionEvent.violated(c, c.getDescription())));
                    }
                })
                .because("sync holds only the terminal conversation; manager use cases live with their"
                        + " capability");
    }

    private static final java.util.List<Class<? extends java.lang.annotation.Annotation>> WRITES = java.util.List.of(
            jakarta.ws.rs.POST.class, jakarta.ws.rs.PUT.class, jakarta.ws.rs.PATCH.class, jakarta.ws.rs.DELETE.class);

    /** The module a package belongs to, or null when it is not under the base package. */
    static String module(String pkg, String prefix) {
        if (!pkg.startsWith(prefix)) {
            return null;
        }
        String rest = pkg.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
