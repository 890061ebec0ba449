package id.jejak.query.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jejak.query.prepared.KeptAnswers;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * A unit's 20-JP report of a year, decided once and answered again until a fact it rests on changes: it is kept
 * ({@link KeptAnswers}) with the fingerprint of the facts of everyone ever in the unit, the only people either of its
 * parts (those in the unit at the year's end, the lesson hours earned while in it) can name. That is the index of the
 * last event about each of them ({@code report_person.facts_index}) and the tables' identity (a rebuild swaps in new
 * ones). The year's end is fixed, so unlike the findings an answer does not end with the day. An answer is kept as
 * the JSON the API answers: writing a large unit's thousands of rows again for each read cost more of the JVM than
 * the rest of the read.
 */
@Component
class LessonHoursAnswers {

    private record Key(String unit, int year) {
    }

    private record Written(byte[] json, int rows) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final KeptAnswers<Key, Written> answers;

    LessonHoursAnswers(JdbcClient jdbc, ObjectMapper json, ReportsProperties properties, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.json = json;
        this.answers = new KeptAnswers<>("jejak.reports.lesson.hours.unit.year", "jejak.reports.lesson.hours.kept",
                "a unit's 20-JP report of a year", properties.keptPersons(), Written::rows, registry);
    }

    /**
     * The unit's report of the year, in JSON: the kept answer while the unit's facts are as they were, otherwise decided now
     * and kept. To be called in the transaction the report is decided in, so that the fingerprint is read no later
     * than the facts.
     */
    byte[] of(String unit, int year, Supplier<LessonHoursReport> decide) {
        return answers.of(new Key(unit, year), fingerprint(unit), () -> written(decide.get())).json();
    }

    private Written written(LessonHoursReport report) {
        try {
            return new Written(json.writeValueAsBytes(report), report.persons().size() + report.units().size());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    KeptAnswers<?, ?> kept() {
        return answers;
    }

    /** As the findings' ({@code UnitYearAnswers}): a sum of 64-bit hashes, read without sorting. */
    private String fingerprint(String unit) {
        return jdbc.sql("""
                        select concat_ws(':', to_regclass('report_person')::oid, count(*),
                                         coalesce(sum(hashtextextended(person.nip || '/' || person.facts_index, 0)
                                                      ::numeric), 0))
                          from report_person person
                         where person.nip in (select nip from report_unit_stay where unit = :unit)""")
                .param("unit", unit).query(String.class).single();
    }
}
