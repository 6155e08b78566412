package cedarpos.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the terminal's architecture rules can fail: the fixture under cedarpos.terminal.archfixture breaks each one
 * on purpose. The fixture lives in test sources, which ArchitectureTest does not import.
 */
class TerminalRulesTest {
    private static final String FIXTURE = "cedarpos.terminal.archfixture";
    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    private static List<String> violations(EvaluationResult result) {
        assertThat(result.hasViolation()).isTrue();
        return result.getFailureReport().getDetails();
    }

    @Test
    void aStoreClassUsingSwingIsReported() {
        assertThat(violations(TerminalRules.storeAndSyncNeverTouchSwing(FIXTURE).evaluate(fixture)))
                .anyMatch(d -> d.contains("SwingStore") && d.contains("javax.swing.JPanel"));
    }

    @Test
    void aViewOpeningADatabaseIsReported() {
        assertThat(violations(TerminalRules.uiNeverTouchesSqlOrStoreInternals(FIXTURE).evaluate(fixture)))
                .anyMatch(d -> d.contains("AlphaSql") && d.contains("java.sql"))
                .noneMatch(d -> d.contains("BetaScreen"));
    }

    @Test
    void theCoreReachingForAwtIsReported() {
        assertThat(violations(TerminalRules.coreWiringStaysFreeOfSwing(FIXTURE).evaluate(fixture)))
                .anyMatch(d -> d.contains("app.TerminalCore") && d.contains("java.awt.Toolkit"));
    }

    @Test
    void aPresenterTakingTheStoreIsReported() {
        assertThat(violations(TerminalRules.presentersNeverTakeTheStore(FIXTURE).evaluate(fixture)))
                .anyMatch(d -> d.contains("AlphaPresenter") && d.contains("store.TerminalStore"));
    }

    @Test
    void aScreenImportingAnotherIsReportedButTheKitAndNavigatorAreShared() {
        List<String> details = violations(TerminalRules.screensNeverImportOtherScreens(FIXTURE).evaluate(fixture));
        assertThat(String.join("\n", details)).contains("screen alpha depends on screen beta")
                .contains("AlphaScreen").contains("BetaScreen")
                .doesNotContain("screen kit").doesNotContain("screen nav")
                .doesNotContain("<" + FIXTURE + ".ui.kit.Keys.<init>()>")
                .doesNotContain("<" + FIXTURE + ".ui.nav.Go.somewhere()>");
    }

    @Test
    void aScreenReachingBackToTheWindowIsReported() {
        assertThat(violations(TerminalRules.screensNeverReachBackToTheWindow(FIXTURE).evaluate(fixture)))
                .anyMatch(d -> d.contains("BetaBack") && d.contains("ui.Window"))
                .noneMatch(d -> d.startsWith("Field <" + FIXTURE + ".ui.Window"));
    }
}
