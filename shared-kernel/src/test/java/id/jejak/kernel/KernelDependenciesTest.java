package id.jejak.kernel;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The published language is shared by every side and by auditors' tools; it must not drag a framework along. */
class KernelDependenciesTest {

    @Test
    void theKernelUsesNoSpringAndNoPersistence() {
        var kernel = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.jejak.kernel");

        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "java.sql..")
                .check(kernel);
    }
}
