package cedarpos.terminal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Conventions rule 5: store and sync never see Swing; the UI never sees SQL. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cedarpos.terminal");

    @Test
    void storeAndSyncNeverTouchSwingOrAwt() {
        noClasses().that().resideInAnyPackage("..terminal.store..", "..terminal.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
                .check(CLASSES);
    }

    @Test
    void uiNeverTouchesSqlMyBatisOrStoreInternals() {
        noClasses().that().resideInAPackage("..terminal.ui..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.apache.ibatis..", "org.sqlite..",
                        "..terminal.store.internal..", "jakarta.websocket..", "org.glassfish.tyrus..")
                .check(CLASSES);
    }

    @Test
    void coreWiringStaysFreeOfSwing() {
        noClasses().that().haveSimpleName("TerminalCore").or().haveSimpleName("TerminalConfig")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
                .check(CLASSES);
    }
}
