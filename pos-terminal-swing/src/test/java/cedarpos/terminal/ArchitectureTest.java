package cedarpos.terminal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The terminal's production classes keep {@link TerminalRules}. */
class ArchitectureTest {
    private static final String BASE = "cedarpos.terminal";
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void storeAndSyncNeverTouchSwingOrAwt() {
        TerminalRules.storeAndSyncNeverTouchSwing(BASE).check(CLASSES);
    }

    @Test
    void uiNeverTouchesSqlMyBatisOrStoreInternals() {
        TerminalRules.uiNeverTouchesSqlOrStoreInternals(BASE).check(CLASSES);
    }

    @Test
    void coreWiringStaysFreeOfSwing() {
        TerminalRules.coreWiringStaysFreeOfSwing(BASE).check(CLASSES);
    }

    @Test
    void presentersNeverTakeTheStore() {
        TerminalRules.presentersNeverTakeTheStore(BASE).check(CLASSES);
    }

    @Test
    void screensNeverImportOtherScreens() {
        TerminalRules.screensNeverImportOtherScreens(BASE).check(CLASSES);
    }

    @Test
    void screensNeverReachBackToTheWindow() {
        TerminalRules.screensNeverReachBackToTheWindow(BASE).check(CLASSES);
    }
}
