package id.jejak.kernel.training;

import id.jejak.kernel.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LessonHoursTest {

    @Test
    void oneLessonHourIsTheLeastThereIs() {
        assertThat(LessonHours.of(1).value()).isEqualTo(1);
    }

    @Test
    void zeroOrNegativeLessonHoursAreRefused() {
        assertThatThrownBy(() -> LessonHours.of(0))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo("LESSON_HOURS_NOT_POSITIVE");
        assertThatThrownBy(() -> LessonHours.of(-5)).isInstanceOf(InvalidValueException.class);
    }
}
