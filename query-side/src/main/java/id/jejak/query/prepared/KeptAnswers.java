package id.jejak.query.prepared;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Answers to a read of a unit's year, decided once and given again while the facts they rest on stand, so that
 * reading a large unit costs a check rather than a decision over thousands of people. Each answer is kept with the
 * fingerprint of its facts, which the caller reads in the snapshot the answer is decided in, and before the facts: an
 * answer is then never older than the fingerprint it is kept with. Kept in this node's memory, the least recently
 * read dropped first beyond the capacity (counted in the answers' rows: findings, persons); a node started anew
 * decides them again.
 *
 * @param <K> what an answer answers: a unit, a year, and whatever else it depends on
 * @param <V> the answer, immutable
 */
public final class KeptAnswers<K, V> {

    private record Answer<V>(String fingerprint, V value, int rows) {
    }

    private final int capacity;
    private final ToIntFunction<V> rowsOf;
    private final Map<K, Answer<V>> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long held;
    private final Counter answeredAgain;
    private final Counter decided;

    /**
     * @param readMeter a counter of the reads, tagged {@code answer=kept} or {@code answer=decided}
     * @param keptMeter a gauge of the rows the kept answers hold together
     */
    public KeptAnswers(String readMeter, String keptMeter, String read, int capacity, ToIntFunction<V> rowsOf,
                       MeterRegistry registry) {
        this.capacity = capacity;
        this.rowsOf = rowsOf;
        this.answeredAgain = Counter.builder(readMeter).tag("answer", "kept")
                .description(read + " answered from the answer kept for its facts").register(registry);
        this.decided = Counter.builder(readMeter).tag("answer", "decided")
                .description(read + " decided from its facts").register(registry);
        Gauge.builder(keptMeter, this, KeptAnswers::held)
                .description("the rows the answers kept in memory for " + read + " hold together").register(registry);
    }

    /** The answer kept for the key while its facts' fingerprint is as it was; otherwise decided now and kept. */
    public V of(K key, String fingerprint, Supplier<V> decide) {
        Answer<V> kept = kept(key);
        if (kept != null && kept.fingerprint().equals(fingerprint)) {
            answeredAgain.increment();
            return kept.value();
        }
        V value = decide.get();
        keep(key, new Answer<>(fingerprint, value, rowsOf.applyAsInt(value)));
        decided.increment();
        return value;
    }

    private synchronized Answer<V> kept(K key) {
        return answers.get(key);
    }

    private synchronized void keep(K key, Answer<V> answer) {
        Answer<V> replaced = answers.remove(key);
        if (replaced != null) {
            held -= replaced.rows();
        }
        if (answer.rows() > capacity) {
            return;
        }
        answers.put(key, answer);
        held += answer.rows();
        for (Iterator<Answer<V>> eldest = answers.values().iterator(); held > capacity && eldest.hasNext(); ) {
            held -= eldest.next().rows();
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

    /** Whether the kept answers hold half the rows they may: room a preparer leaves to what readers ask. */
    synchronized boolean halfFull() {
        return held * 2 >= capacity;
    }
}
