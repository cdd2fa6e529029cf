package id.kalbarprov.loket.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows point inward: ui, store, documents and cli depend on core; core on none of them. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.kalbarprov.loket");
    }

    @Test
    void coreKnowsNoUiNoSqlNoStore() {
        noClasses().that().resideInAPackage("..loket.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jdbi..",
                        "org.flywaydb..", "org.sqlite..", "org.apache.pdfbox..", "..loket.store..", "..loket.ui..",
                        "..loket.documents..", "..loket.cli..")
                .because("the core holds the rules and is tested in milliseconds without a window or a database")
                .check(classes);
    }

    @Test
    void storeKnowsNoUi() {
        noClasses().that().resideInAPackage("..loket.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..loket.ui..", "..loket.documents..")
                .because("the store is used headless by the admin commands and the benchmarks")
                .check(classes);
    }

    @Test
    void uiDoesNotTalkSql() {
        noClasses().that().resideInAPackage("..loket.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "org.sqlite..")
                .because("screens go through services and stores, never straight to the database")
                .check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .because("a ViewModel is unit-tested without a window")
                .check(classes);
    }

    @Test
    void documentsAndCliKnowNoUi() {
        noClasses().that().resideInAnyPackage("..loket.documents..", "..loket.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("..loket.ui..")
                .because("letters and admin commands work without the app's screens")
                .check(classes);
    }

    @Test
    void uiUsesNoStoreClass() {
        noClasses().that().resideInAPackage("..loket.ui..")
                .should().dependOnClassesThat().resideInAPackage("..loket.store..")
                .because("screens reach the data through core services and ports, so the store (SQLite today, "
                        + "PostgreSQL beside it) can change without touching a screen")
                .check(classes);
    }

    @Test
    void topLevelPackagesFormNoCycles() {
        slices().matching("id.kalbarprov.loket.(*)..").should().beFreeOfCycles()
                .because("the arrows point inward: a cycle between core, store, documents, ui and cli would make "
                        + "the layers one lump that can only be changed together")
                .check(classes);
    }

    @Test
    void corePackagesFormNoCycles() {
        slices().matching("id.kalbarprov.loket.core.(*)..").should().beFreeOfCycles()
                .because("each core package is a rule a reader can understand and test on its own; a cycle "
                        + "(request <-> register was one) ties two of them into one")
                .check(classes);
    }
}
