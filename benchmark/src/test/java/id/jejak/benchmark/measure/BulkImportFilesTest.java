package id.jejak.benchmark.measure;

import id.jejak.benchmark.generator.Agency;
import id.jejak.benchmark.generator.PersonHistory;
import id.jejak.benchmark.generator.Step;
import id.jejak.kernel.training.RecordTrainingCompletion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The riwayat files the benchmark imports are drawn from the same generated history the gateway loads. */
class BulkImportFilesTest {

    private static final Agency AGENCY = new Agency(20_250_101L, 2_000, 2021, 5);

    @Test
    void everyKindOfFileHoldsRowsOfTheGeneratedHistory() {
        Map<String, List<Map<String, Object>>> files = BulkImport.files(AGENCY);

        assertThat(files).containsOnlyKeys("identity", "education", "position-history", "rank-history", "training",
                "annual-predicate", "sanction", "award");
        files.forEach((kind, rows) -> assertThat(rows).as(kind).isNotEmpty());
    }

    @Test
    void eachPersonHasOneIdentityRowAndEachCompletedTrainingOneTrainingRow() {
        Map<String, List<Map<String, Object>>> files = BulkImport.files(AGENCY);
        long completions = AGENCY.persons().stream()
                .flatMap(person -> PersonHistory.generate(AGENCY, person).steps().stream())
                .map(Step::command).filter(RecordTrainingCompletion.class::isInstance).count();

        assertThat(files.get("identity")).extracting(row -> row.get("nipBaru"))
                .containsExactlyElementsOf(AGENCY.persons().stream().map(person -> person.nip().value()).toList());
        assertThat(files.get("training")).hasSize((int) completions);
    }
}
