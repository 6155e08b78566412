package cedarpos.server;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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
