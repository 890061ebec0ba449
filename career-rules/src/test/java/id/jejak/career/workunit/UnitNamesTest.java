package id.jejak.career.workunit;

import id.jejak.career.training.LessonHoursObligation;
import id.jejak.kernel.civilservant.EmploymentType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitNamesTest {

    @Test
    void aUnitIsOneWhateverItsCaseAndSpacing() {
        assertThat(UnitNames.normalise("  Dinas   Kesehatan ")).isEqualTo("DINAS KESEHATAN")
                .isEqualTo(UnitNames.normalise("dinas kesehatan"));
        assertThat(UnitNames.normalise("Dinas Kesehatan")).isNotEqualTo(UnitNames.normalise("Dinas Kesehatan 2"));
        assertThat(UnitNames.normalise(null)).isNull();
    }

    @Test
    void everyAsnOwesTwentyLessonHoursAYear() {
        assertThat(EmploymentType.values()).allMatch(LessonHoursObligation::appliesTo);
        assertThat(LessonHoursObligation.shortfall(12)).isEqualTo(8);
        assertThat(LessonHoursObligation.shortfall(20)).isZero();
    }
}
