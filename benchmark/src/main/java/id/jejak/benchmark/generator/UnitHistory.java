package id.jejak.benchmark.generator;

import id.jejak.kernel.workunit.CorrectOrganisationPerformance;
import id.jejak.kernel.workunit.OrganisationPredicate;
import id.jejak.kernel.workunit.RecordCitizenSatisfaction;
import id.jejak.kernel.workunit.RecordOrganisationPerformance;
import id.jejak.kernel.workunit.SatisfactionGrade;
import id.jejak.kernel.workunit.SatisfactionIndex;
import id.jejak.kernel.workunit.UnitCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A work unit's facts over the years: two citizen-satisfaction surveys (SKM) a year, the organisation's predicate
 * by decree, and now and then a correction of that predicate naming the event it corrects.
 */
public final class UnitHistory {

    private UnitHistory() {
    }

    public static List<Step> generate(Agency agency, int unit) {
        String code = agency.unitCode(unit);
        UnitCode unitCode = UnitCode.of(code);
        SplittableRandom random = new SplittableRandom(agency.seed() * 31 + unit);
        double quality = 72 + random.nextDouble() * 20;
        List<Step> steps = new ArrayList<>();
        long sequence = 0;
        for (int year = agency.firstYear(); year <= agency.lastYear(); year++) {
            for (String semester : List.of("S1", "S2")) {
                BigDecimal index = BigDecimal.valueOf(Math.max(40, Math.min(99.5, quality + random.nextGaussian() * 3)))
                        .setScale(2, RoundingMode.HALF_UP);
                steps.add(new Step(code, new RecordCitizenSatisfaction(unitCode, year, year + "-" + semester,
                        SatisfactionIndex.of(index), grade(index), 150 + random.nextInt(1200)), null,
                        Actors.SURVEY_OFFICER, Actors.HR_ROLE, "hasil survei kepuasan masyarakat", null, 1));
                sequence++;
            }
            int draw = random.nextInt(100);
            OrganisationPredicate predicate = draw < 15 ? OrganisationPredicate.ISTIMEWA : draw < 80
                    ? OrganisationPredicate.BAIK : draw < 95 ? OrganisationPredicate.BUTUH_PERBAIKAN
                    : OrganisationPredicate.KURANG;
            LocalDate decreeDate = LocalDate.of(year + 1, 2, 1 + random.nextInt(27));
            steps.add(new Step(code, new RecordOrganisationPerformance(unitCode, year, predicate,
                    "061/" + (100 + random.nextInt(900)) + "/ORG/" + (year + 1), decreeDate), null,
                    Actors.SURVEY_OFFICER, Actors.HR_ROLE, "evaluasi kinerja organisasi " + year, null, 1));
            long recorded = sequence++;
            if (random.nextInt(100) < 5) {
                OrganisationPredicate corrected = predicate == OrganisationPredicate.BAIK
                        ? OrganisationPredicate.BUTUH_PERBAIKAN : OrganisationPredicate.BAIK;
                int correctedYear = year;
                steps.add(new Step(code, null, ids -> new CorrectOrganisationPerformance(unitCode, correctedYear,
                        corrected, ids.eventId(code, recorded), "hasil reviu Inspektorat atas capaian indikator",
                        "Wali Kota"), Actors.SURVEY_OFFICER, Actors.HR_ROLE, "koreksi predikat organisasi", null, 1));
                sequence++;
            }
        }
        return steps;
    }

    /** The grade intervals of the command side's default policy (PermenPANRB 14/2017 as remembered). */
    static SatisfactionGrade grade(BigDecimal index) {
        if (index.compareTo(new BigDecimal("88.31")) >= 0) {
            return SatisfactionGrade.A;
        }
        if (index.compareTo(new BigDecimal("76.61")) >= 0) {
            return SatisfactionGrade.B;
        }
        return index.compareTo(new BigDecimal("65.00")) >= 0 ? SatisfactionGrade.C : SatisfactionGrade.D;
    }
}
