package id.jejak.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole benchmark at a tiny scale (40 civil servants, a second or two per measurement): every stage runs, the
 * generated history passes every rule, no HTTP command fails (signed in with the benchmark's own tokens, with
 * the hash chain and without it), and the report has every section. The real runs are
 * {@code ./benchmark.sh}; this is the only part of the benchmark in {@code ./mvnw verify}.
 */
@SuppressWarnings("unchecked")
class BenchmarkSmokeTest {

    @TempDir
    Path directory;

    @Test
    void everyStageRunsAndTheReportHasEverySection() throws Exception {
        Path output = directory.resolve("benchmark.json");

        Map<String, Object> report = Benchmark.run(Options.smoke(output));

        assertThat(report).doesNotContainKey("failure").containsKeys("run", "load", "rawBaseline", "httpCommands",
                "hashChainComparison", "rebuild", "queries", "bulkImport", "database", "resources", "ratios",
                "targets");
        Map<String, Object> bulkImport = (Map<String, Object>) report.get("bulkImport");
        Map<String, Object> imported = (Map<String, Object>) bulkImport.get("first");
        Map<String, Object> importedAgain = (Map<String, Object>) bulkImport.get("again");
        assertThat(((Number) imported.get("recorded")).longValue()).isPositive().isEqualTo(imported.get("rows"));
        assertThat(((Number) importedAgain.get("recorded")).longValue()).isZero();
        assertThat(importedAgain.get("alreadyRecorded")).isEqualTo(imported.get("rows"));
        Map<String, Object> load = (Map<String, Object>) report.get("load");
        assertThat(((Number) load.get("rejected")).longValue()).isZero();
        assertThat(((Number) load.get("events")).longValue()).isGreaterThan(1_000);
        assertThat((Map<String, Object>) load.get("commandTypes")).containsKeys("IdentifyDevelopmentNeed",
                "ProposeDevelopmentPlan", "ApproveDevelopmentPlan", "RecordPlanRealisation");
        Map<String, Object> http = (Map<String, Object>) report.get("httpCommands");
        assertThat(((Number) http.get("errors")).longValue()).as("HTTP command errors: %s", http.get("errorSamples"))
                .isZero();
        assertThat(((Number) http.get("commands")).longValue()).isPositive();
        Map<String, Object> chain = (Map<String, Object>) report.get("hashChainComparison");
        Map<String, String> labels = Map.of("withoutBefore", "without the hash chain",
                "with", "with the hash chain, between the two runs without", "withoutAfter", "without the hash chain");
        labels.forEach((run, label) -> {
            Map<String, Object> part = (Map<String, Object>) chain.get(run);
            assertThat(part).containsEntry("label", label);
            assertThat(((Number) part.get("errors")).longValue()).as("%s", part.get("errorSamples")).isZero();
            assertThat(((Number) part.get("commands")).longValue()).isPositive();
        });
        assertThat(((Number) chain.get("commandsPerSecondWithout")).doubleValue()).isPositive();
        assertThat((Map<String, Object>) report.get("ratios")).containsKey("commandsPerSecondWithOverWithoutHashChain");
        Map<String, Object> raw = (Map<String, Object>) report.get("rawBaseline");
        assertThat(raw).containsKeys("insert", "keysetRead");
        Map<String, Object> rebuild = (Map<String, Object>) report.get("rebuild");
        assertThat((List<Map<String, Object>>) rebuild.get("each")).extracting(each -> each.get("projection"))
                .contains("career-history", "trainings");
        assertThat((List<Map<String, Object>>) report.get("queries")).extracting(query -> query.get("query"))
                .containsExactly("careerHistory", "profileAsOf", "decisionTrailUnitYear", "decisionTrailUnitYearCsv",
                        "findingsUnitYear", "lessonHoursReportUnit", "developmentPlanReportUnitYear", "directoryByName", "directoryUnitByRank");
        for (Map<String, Object> query : (List<Map<String, Object>>) report.get("queries")) {
            assertThat(query).containsEntry("status", "measured");
            assertThat(((Number) query.get("errors")).longValue()).as("%s", query).isZero();
        }
        assertThat((List<Map<String, Object>>) report.get("targets")).hasSizeGreaterThanOrEqualTo(9);
        assertThat(Files.readString(output)).contains("\"httpCommands\"", "\"rebuild\"", "\"targets\"");
        assertThat(Report.table(report)).contains("1. Load", "2. Raw PostgreSQL baseline", "3. Commands through HTTP",
                "4. Rebuild", "5. Queries", "7. Bulk import", "8. Resources", "9. Ratios and targets");
    }
}
