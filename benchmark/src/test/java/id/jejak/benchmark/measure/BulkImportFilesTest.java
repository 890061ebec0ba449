package id.jejak.benchmark.measure;

import id.jejak.benchmark.generator.Agency;
import id.jejak.benchmark.generator.PersonHistory;
import id.jejak.benchmark.generator.Step;
import id.jejak.kernel.training.RecordTrainingCompletion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The riwayat files the benchmark imports are drawn from the same generated history the gateway loads. */
class BulkImportFilesTest {

    private static final Agency AGENCY = new Agency(20_250_101L, 2_000, 2021, 5);

    @Test
    void everyKindOfFileHoldsRowsOfTheGeneratedHistory() {
        Map<String, List<Map<String, Object>>> rows = rows();

        assertThat(rows).containsOnlyKeys("identity", "education", "position-history", "rank-history", "training",
                "annual-predicate", "sanction", "award");
    }

    @Test
    void eachPersonHasOneIdentityRowAndEachCompletedTrainingOneTrainingRow() {
        Map<String, List<Map<String, Object>>> rows = rows();
        long completions = AGENCY.persons().stream()
                .flatMap(person -> PersonHistory.generate(AGENCY, person).steps().stream())
                .map(Step::command).filter(RecordTrainingCompletion.class::isInstance).count();

        assertThat(rows.get("identity")).extracting(row -> row.get("nipBaru"))
                .containsExactlyElementsOf(AGENCY.persons().stream().map(person -> person.nip().value()).toList());
        assertThat(rows.get("training")).hasSize((int) completions);
    }

    @Test
    void theRowsAreWrittenInFilesOfAtMostTwentyThousandLines(@TempDir Path folder) throws IOException {
        BulkImport.Riwayat written = BulkImport.written(AGENCY, folder);
        Map<String, List<Map<String, Object>>> rows = rows();

        assertThat(written.files().get("training")).hasSizeGreaterThan(1);
        for (var kind : written.files().entrySet()) {
            long lines = 0;
            for (Path file : kind.getValue()) {
                long inFile = Files.readAllLines(file).size();
                assertThat(inFile).isBetween(1L, 20_000L);
                lines += inFile;
            }
            assertThat(lines).as(kind.getKey()).isEqualTo(rows.get(kind.getKey()).size())
                    .isEqualTo(written.rows().get(kind.getKey()).longValue());
        }
    }

    private static Map<String, List<Map<String, Object>>> rows() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        BulkImport.rows(AGENCY, (kind, row) -> rows.computeIfAbsent(kind, ignored -> new ArrayList<>()).add(row));
        return rows;
    }
}
