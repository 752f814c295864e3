package dev.loglens.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The layer rules of docs/ARCHITECTURE.md, as tests. */
class LayerRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.loglens");

    @Test
    void theEngineKnowsNothingOfJavaFx() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.loglens.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..");
        assertThatCode(() -> rule.check(CLASSES)).doesNotThrowAnyException();
    }

    @Test
    void theEngineDependsOnNoOtherLayer() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.loglens.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.loglens.ui..", "dev.loglens.cli..",
                        "dev.loglens.app..");
        assertThatCode(() -> rule.check(CLASSES)).doesNotThrowAnyException();
    }

    @Test
    void theCommandLineNeverTouchesTheWindow() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.loglens.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.loglens.ui..", "javafx..");
        assertThatCode(() -> rule.check(CLASSES)).doesNotThrowAnyException();
    }
}
