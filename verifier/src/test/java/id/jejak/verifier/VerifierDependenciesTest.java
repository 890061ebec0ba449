package id.jejak.verifier;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** Auditors run the verifier with nothing but a JDK: it may use the JDK and Jackson's streaming parser, no more. */
class VerifierDependenciesTest {

    @Test
    void theVerifierNeedsOnlyTheJdkAndJacksonCore() {
        var verifier = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.jejak.verifier");

        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", "com.fasterxml.jackson.core..", "id.jejak.verifier..")
                .check(verifier);
    }
}
