package cedarpos.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the architecture rules can fail: the fixture under
 * cedarpos.server.archfixture breaks each one on purpose. The fixture lives in
 * test sources, which ArchitectureTest does not import.
 */
class ModuleRulesTest {
    private static final String FIXTURE = "cedarpos.server.archfixture";
    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    @Test
    void reachingIntoAnotherModulesInternalIsReported() {
        EvaluationResult result = ModuleRules.internalsArePrivate(FIXTURE).evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("Intruder") && d.contains("beta.internal.Secret"));
        // the internal package's own module may use it
        assertThat(result.getFailureReport().getDetails()).noneMatch(d -> d.startsWith("Method <" + FIXTURE + ".beta"));
    }

    @Test
    void aCycleBetweenModulesIsReported() {
        EvaluationResult result = ModuleRules.modulesAreFreeOfCycles(FIXTURE).evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
    }

    @Test
    void anEntityOutsideInternalIsReported() {
        EvaluationResult result = ModuleRules.entitiesAreInternal(FIXTURE).evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("Intruder"))
                .noneMatch(d -> d.contains("StrayEntity"));
    }

    @Test
    void aResourceCallingAnotherModuleIsReported() {
        EvaluationResult result = ModuleRules.webUsesOnlyItsModuleAndPlatform(FIXTURE).evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("AlphaResource")
                && d.contains("beta.BetaApi")).noneMatch(d -> d.contains("alpha.Intruder>"));
    }

    @Test
    void aManagerUseCaseInSyncIsReported() {
        EvaluationResult result = ModuleRules.noManagerUseCaseIn(FIXTURE + ".sync").evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("is an HTTP write"))
                .anyMatch(d -> d.contains("setupChanged"));
    }
}
