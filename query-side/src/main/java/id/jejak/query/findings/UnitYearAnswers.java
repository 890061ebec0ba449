package id.jejak.query.findings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private record Answer(String fingerprint, List<DetectedFinding> findings) {
    }

    private final JdbcClient jdbc;
    private final int capacity;
    private final Map<Key, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long held;
    private final Counter answeredAgain;
    private final Counter decided;

    UnitYearAnswers(JdbcClient jdbc, FindingsProperties properties, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.capacity = properties.keptFindings();
        this.answeredAgain = Counter.builder("jejak.findings.unit.year").tag("answer", "kept")
                .description("a unit's findings of a year answered from the answer kept for its facts")
                .register(registry);
        this.decided = Counter.builder("jejak.findings.unit.year").tag("answer", "decided")
                .description("a unit's findings of a year decided from its facts").register(registry);
        Gauge.builder("jejak.findings.kept", this, UnitYearAnswers::held)
                .description("the findings the units' answers kept in memory hold together").register(registry);
    }

    /**
     * The unit's findings of the year as they stand {@code today}: the kept answer while the unit's facts are as they
     * were, otherwise decided now and kept. To be called in the transaction the findings are decided in, so that the
     * fingerprint is read no later than the facts: an answer is then never older than the fingerprint it is kept with.
     */
    List<DetectedFinding> of(String unit, int year, LocalDate today, Supplier<List<DetectedFinding>> decide) {
        String fingerprint = fingerprint(unit);
        Key key = new Key(unit, year, today);
        Answer kept = kept(key);
        if (kept != null && kept.fingerprint().equals(fingerprint)) {
            answeredAgain.increment();
            return kept.findings();
        }
        List<DetectedFinding> findings = List.copyOf(decide.get());
        keep(key, new Answer(fingerprint, findings));
        decided.increment();
        return findings;
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

    private synchronized Answer kept(Key key) {
        return answers.get(key);
    }

    private synchronized void keep(Key key, Answer answer) {
        Answer replaced = answers.remove(key);
        if (replaced != null) {
            held -= replaced.findings().size();
        }
        if (answer.findings().size() > capacity) {
            return;
        }
        answers.put(key, answer);
        held += answer.findings().size();
        for (Iterator<Answer> eldest = answers.values().iterator(); held > capacity && eldest.hasNext(); ) {
            held -= eldest.next().findings().size();
            eldest.remove();
        }
    }

    /** How many answers this node has decided, rather than answered again, since it started. */
    long decidedSoFar() {
        return (long) decided.count();
    }

    private synchronized long held() {
        return held;
    }

    /** Whether the kept answers hold half the findings they may: room a preparer leaves to what readers ask. */
    synchronized boolean halfFull() {
        return held * 2 >= capacity;
    }
}
