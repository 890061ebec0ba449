package id.jejak.kernel.civilservant;

import id.jejak.kernel.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NipTest {

    @Test
    void aValidNipRevealsBirthDateAppointmentAndSex() {
        Nip nip = Nip.of("198609262015051001");

        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1986, 9, 26));
        assertThat(nip.appointment()).isEqualTo(YearMonth.of(2015, 5));
        assertThat(nip.sex()).isEqualTo(Sex.MALE);
        assertThat(Nip.of("199001012015032004").sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void thePrintedFormWithSpacesIsTheSameNip() {
        assertThat(Nip.of("19860926 201505 1 001")).isEqualTo(Nip.of("198609262015051001"));
    }

    @Test
    void aLeapDayIsAValidBirthDate() {
        assertThat(Nip.of("200002292020011001").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @ParameterizedTest(name = "{0} is refused with {1}")
    @CsvSource({
            "19860926201505100, NIP_FORMAT",
            "1986092620150510011, NIP_FORMAT",
            "19860926201505100A, NIP_FORMAT",
            "19860926201505100١, NIP_FORMAT",
            "198609002015051001, NIP_BIRTH_DATE",
            "198600262015051001, NIP_BIRTH_DATE",
            "198613262015051001, NIP_BIRTH_DATE",
            "198602302015051001, NIP_BIRTH_DATE",
            "199902292020011001, NIP_BIRTH_DATE",
            "198609262015131001, NIP_APPOINTMENT_MONTH",
            "198609262015001001, NIP_APPOINTMENT_MONTH",
            "198609261986091001, NIP_APPOINTED_UNDER_MINIMUM_AGE",
            "198609261980011001, NIP_APPOINTED_UNDER_MINIMUM_AGE",
            "200501272010012985, NIP_APPOINTED_UNDER_MINIMUM_AGE",
            "198609262004091001, NIP_APPOINTED_UNDER_MINIMUM_AGE",
            "198609262015053001, NIP_SEX_DIGIT",
            "198609262015050001, NIP_SEX_DIGIT"
    })
    void anInvalidNipIsRefusedWithItsRuleCode(String value, String code) {
        assertThatThrownBy(() -> Nip.of(value))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo(code);
    }

    @Test
    void aMissingNipIsRefused() {
        assertThatThrownBy(() -> Nip.of(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("required");
    }

    @Test
    void anAppointmentFromTheFirstMonthStartingAtEighteenIsAccepted() {
        assertThat(Nip.of("198609262004101001").appointment()).isEqualTo(YearMonth.of(2004, 10));
        assertThat(Nip.of("198610012004101001").appointment()).isEqualTo(YearMonth.of(2004, 10));
    }

    @Test
    void anAppointmentBeforeEighteenNamesTheAgeAndTheDayItIsReached() {
        assertThatThrownBy(() -> Nip.of("200501272010012985"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).facts())
                .isEqualTo(Map.of("nip", "200501272010012985", "minimumAge", 18,
                        "appointedOn", LocalDate.of(2010, 1, 1), "minimumAgeReachedOn", LocalDate.of(2023, 1, 27)));
    }
}
