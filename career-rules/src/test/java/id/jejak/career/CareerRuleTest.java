package id.jejak.career;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.discipline.SanctionType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

class CareerRuleTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void aSanctionIsNamedInTheReadersLanguageNeverByItsConstant() {
        Map<String, Object> facts = RuleFailure.facts("effectiveDate", LocalDate.of(2026, 4, 1),
                "sanctionId", UUID.randomUUID(), "sanctionType", SanctionType.ALLOWANCE_CUT,
                "sanctionFrom", LocalDate.of(2026, 1, 2), "sanctionEndsOn", LocalDate.of(2026, 7, 2));

        assertThat(CareerRule.PROMOTION_SANCTION_IN_FORCE.message(facts, INDONESIAN)).isEqualTo(
                "Sedang menjalani hukuman disiplin pemotongan tunjangan kinerja 25% (berlaku 2026-01-02 sampai "
                        + "sebelum 2026-07-02) pada TMT 2026-04-01");
        assertThat(CareerRule.PROMOTION_SANCTION_IN_FORCE.message(facts, Locale.ENGLISH))
                .startsWith("The disciplinary sanction performance allowance cut of 25% (in force from 2026-01-02");
    }

    @Test
    void theYearsPredicatesReadAsASentenceNotAMap() {
        Map<Integer, String> predicates = new TreeMap<>(Map.of(2024, "BAIK", 2025, "-"));

        assertThat(CareerRule.PROMOTION_PREDICATES_BELOW_BAIK.message(Map.of("annualPredicates", predicates),
                INDONESIAN)).isEqualTo("Predikat kinerja tahunan 2 tahun terakhir harus paling rendah Baik "
                + "(2024: Baik, 2025: tidak ada)");
        assertThat(CareerRule.PROMOTION_PREDICATES_BELOW_BAIK.message(Map.of("annualPredicates", predicates),
                Locale.ENGLISH)).endsWith("(2024: Baik, 2025: none)");
    }

    @Test
    void factsThatCrossedTheBusAsJsonReadAsTheValuesThemselves() {
        Map<String, Object> values = RuleFailure.facts("rank", Rank.III_A, "targetRank", Rank.III_C,
                "nextRank", Rank.III_B);
        Map<String, Object> json = Map.of("rank", "III/a", "targetRank", "III/c", "nextRank", "III/b");

        assertThat(CareerRule.PROMOTION_NOT_NEXT_RANK.message(values, INDONESIAN))
                .isEqualTo(CareerRule.PROMOTION_NOT_NEXT_RANK.message(json, INDONESIAN))
                .isEqualTo("Kenaikan pangkat reguler hanya ke golongan berikutnya: dari III/a ke III/b, bukan III/c");
    }

    @Test
    void aRefusalByManyRulesSaysEachInASentence() {
        Map<String, Object> facts = RuleFailure.facts("rank", Rank.III_A, "targetRank", Rank.III_C,
                "nextRank", Rank.III_B);

        assertThat(RuleFailure.explain(List.of(CareerRule.PROMOTION_NOT_NEXT_RANK,
                CareerRule.PROMOTION_EDUCATION_UNKNOWN), facts, Locale.ENGLISH)).isEqualTo(
                "A regular promotion goes to the next rank only: from III/a to III/b, not III/c. "
                        + "The highest education is not recorded, so the rank ceiling is unknown.");
    }

    @Test
    void everyRuleSpeaksIndonesianAndEnglishWithATitle() {
        for (CareerRule rule : CareerRule.values()) {
            assertThat(rule.message(Map.of(), INDONESIAN)).isNotBlank()
                    .isNotEqualTo(rule.message(Map.of(), Locale.ENGLISH));
            assertThat(rule.topic().title(INDONESIAN)).isNotEqualTo(rule.topic().title(Locale.ENGLISH));
            assertThat(CareerRule.byCode(rule.name())).contains(rule);
        }
        assertThat(CareerRule.byCode("NIP_FORMAT")).isEmpty();
    }

    @Test
    void theRulesNeedNeitherSpringNorAxon() {
        noClasses().that().resideInAPackage("id.jejak.career..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("id.jejak.career"));
    }
}
