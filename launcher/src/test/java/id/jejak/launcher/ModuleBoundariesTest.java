package id.jejak.launcher;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The launcher is the one place both sides share a classpath, so it is where their independence is checked: they
 * meet only through the shared kernel's messages, the career rules and the event store.
 */
class ModuleBoundariesTest {

    private final com.tngtech.archunit.core.domain.JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.jejak");

    @Test
    void theCommandSideDoesNotReachIntoTheQuerySide() {
        noClasses().that().resideInAPackage("id.jejak.command..")
                .should().dependOnClassesThat().resideInAPackage("id.jejak.query..")
                .check(classes);
    }

    @Test
    void theQuerySideDoesNotReachIntoTheCommandSide() {
        noClasses().that().resideInAPackage("id.jejak.query..")
                .should().dependOnClassesThat().resideInAPackage("id.jejak.command..")
                .check(classes);
    }

    @Test
    void theCareerRulesServeBothSidesWithoutKnowingEitherOrTheirFrameworks() {
        noClasses().that().resideInAPackage("id.jejak.career..")
                .should().dependOnClassesThat().resideInAnyPackage("id.jejak.command..", "id.jejak.query..",
                        "id.jejak.platform..", "id.jejak.benchmark..", "org.springframework..", "org.axonframework..")
                .check(classes);
    }

    @Test
    void thePlatformServesBothSidesWithoutKnowingEither() {
        noClasses().that().resideInAPackage("id.jejak.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("id.jejak.command..", "id.jejak.query..")
                .check(classes);
    }
}
