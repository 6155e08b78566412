package cedarpos.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The module boundaries of the production code (test sources, fixtures included, are not imported). */
class ArchitectureTest {
    private static final String BASE = "cedarpos.server";
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void everyModuleIsImported() {
        List<String> modules = List.of("access", "branch", "broadcast", "catalog", "changelog", "enrollment",
                "floor", "inventory", "order", "platform", "printing", "sync", "till");
        for (String m : modules) {
            assertThat(production.containPackage(BASE + "." + m)).as(m).isTrue();
        }
        assertThat(production.stream().map(c -> c.getPackageName()).noneMatch(p -> p.contains("archfixture")
                || p.endsWith(".testing"))).as("test classes are not part of the checked code").isTrue();
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        ModuleRules.internalsArePrivate(BASE).check(production);
    }

    @Test
    void modulesHaveNoCycles() {
        ModuleRules.modulesAreFreeOfCycles(BASE).check(production);
    }

    @Test
    void entitiesLiveInInternalPackages() {
        ModuleRules.entitiesAreInternal(BASE).check(production);
    }

    @Test
    void resourcesUseOnlyTheirModuleAndPlatform() {
        ModuleRules.webUsesOnlyItsModuleAndPlatform(BASE).check(production);
    }

    @Test
    void syncHoldsNoManagerUseCase() {
        ModuleRules.noManagerUseCaseIn(BASE + ".sync").check(production);
    }
}
