package id.jejak.query.findings;

import id.jejak.query.prepared.KeptAnswers;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * A unit's findings of a year, decided once and answered again until a fact they rest on changes, so that an
 * auditor's reads of a large unit cost a check rather than a decision over thousands of people. Each answer is kept
 * with the fingerprint of the unit's facts ({@link #fingerprint}): the index of the last event about each person ever
 * in the unit (which grows with each, in the stream's order per person), the count of the unit's organisation
 * predicates, the development projection's count of writes, and the tables' identities (a rebuild swaps in new ones).
 * An answer is also only for the day it was decided on, since deadlines pass. Answers are kept in this node's memory,
 * the least recently read dropped first beyond {@code jejak.findings.kept-findings}; a node started anew decides them
 * again.
 */
@Component
class UnitYearAnswers {

    private record Key(String unit, int year, LocalDate today) {
    }

    private final JdbcClient jdbc;
    private final KeptAnswers<Key, List<DetectedFinding>> answers;

    UnitYearAnswers(JdbcClient jdbc, FindingsProperties properties, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.answers = new KeptAnswers<>("jejak.findings.unit.year", "jejak.findings.kept",
                "a unit's findings of a year", properties.keptFindings(), List::size, registry);
    }

    /**
     * The unit's findings of the year as they stand {@code today}: the kept answer while the unit's facts are as they
     * were, otherwise decided now and kept. To be called in the transaction the findings are decided in, so that the
     * fingerprint is read no later than the facts.
     */
    List<DetectedFinding> of(String unit, int year, LocalDate today, Supplier<List<DetectedFinding>> decide) {
        return answers.of(new Key(unit, year, today), fingerprint(unit), () -> List.copyOf(decide.get()));
    }

    KeptAnswers<?, ?> kept() {
        return answers;
    }

    /**
     * What a unit's findings rest on, as one string. The people's part sums a 64-bit hash of each one's NIP and last
     * event's index: read without sorting, and changed by any event about anyone, or by anyone coming or going, except
     * with a chance of one in 2^64.
     */
    private String fingerprint(String unit) {
        return jdbc.sql("""
                        select concat_ws(':', to_regclass('findings_person')::oid,
                                         to_regclass('development_change')::oid,
                                         coalesce((select changes from development_change), 0),
                                         (select count(*) from findings_organisation_predicate
                                          where unit_name(unit) = :unit),
                                         people.counted, coalesce(people.hashed, 0))
                          from (select count(*) as counted,
                                       sum(hashtextextended(person.nip || '/' || person.global_index, 0)::numeric) as hashed
                                  from findings_person person
                                 where person.nip in (select nip from findings_unit_stay
                                                      where unit_name(unit) = :unit)) people""")
                .param("unit", unit).query(String.class).single();
    }
}
