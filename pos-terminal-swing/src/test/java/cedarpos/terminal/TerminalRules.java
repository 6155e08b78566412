package cedarpos.terminal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The terminal's architecture rules, each for a base package: {@link ArchitectureTest} checks them on the terminal's
 * production classes; {@link TerminalRulesTest} shows each one failing on the deliberately bad fixture under
 * {@code cedarpos.terminal.archfixture}.
 */
final class TerminalRules {
    private TerminalRules() {
    }

    /** Conventions rule 5: the store and the sync worker never see Swing or AWT. */
    static ArchRule storeAndSyncNeverTouchSwing(String base) {
        return noClasses().that().resideInAnyPackage(base + ".store..", base + ".sync..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..");
    }

    /** Conventions rule 5: the UI never sees SQL, MyBatis, the store's internals or the WebSocket client. */
    static ArchRule uiNeverTouchesSqlOrStoreInternals(String base) {
        return noClasses().that().resideInAPackage(base + ".ui..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.apache.ibatis..", "org.sqlite..",
                        base + ".store.internal..", "jakarta.websocket..", "org.glassfish.tyrus..");
    }

    /** The headless core (store, sync, printing wired together) runs without a display. */
    static ArchRule coreWiringStaysFreeOfSwing(String base) {
        return noClasses().that(JavaClass.Predicates.resideInAPackage(base + "..")
                        .and(JavaClass.Predicates.simpleName("TerminalCore")
                                .or(JavaClass.Predicates.simpleName("TerminalConfig"))))
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..");
    }

    /**
     * A presenter takes the capability books it needs (orders, payments, floor, stock, shifts, print jobs, the
     * cashier's catalog), never the whole store: what it may change is in its constructor.
     */
    static ArchRule presentersNeverTakeTheStore(String base) {
        return noClasses().that().resideInAPackage(base + ".ui..").and().haveSimpleNameEndingWith("Presenter")
                .should().dependOnClassesThat().haveFullyQualifiedName(base + ".store.TerminalStore");
    }

    /**
     * A screen (a package under ui) never depends on another screen: it goes to one through the navigator, and
     * shares widgets through the kit. Only the main window, in ui itself, knows every screen.
     */
    static ArchRule screensNeverImportOtherScreens(String base) {
        DescribedPredicate<JavaClass> shared = JavaClass.Predicates.resideInAnyPackage(base + ".ui.kit..",
                base + ".ui.nav..");
        return slices().matching(base + ".ui.(*)..").namingSlices("screen $1").should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), shared);
    }

    /** Nothing under ui reaches back into ui itself (the main window and its screens deck): no cycle through it. */
    static ArchRule screensNeverReachBackToTheWindow(String base) {
        return noClasses().that().resideInAPackage(base + ".ui.*..")
                .should().dependOnClassesThat().resideInAPackage(base + ".ui");
    }
}
