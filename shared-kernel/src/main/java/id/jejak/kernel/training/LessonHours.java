package id.jejak.kernel.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.jejak.kernel.InvalidValueException;

import java.util.Map;

/** Jam pelajaran (JP): the unit competence development is counted in; every PNS owes at least 20 a year. */
public record LessonHours(int value) {

    public LessonHours {
        if (value <= 0) {
            throw new InvalidValueException("LESSON_HOURS_NOT_POSITIVE", "lesson hours (JP) must be at least 1",
                    Map.of("lessonHours", value));
        }
    }

    @JsonCreator
    public static LessonHours of(int value) {
        return new LessonHours(value);
    }

    @JsonValue
    @Override
    public int value() {
        return value;
    }
}
