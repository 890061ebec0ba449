package id.jejak.query.prepared;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * A read of a unit's year whose answers are kept ({@link KeptAnswers}), as the preparer needs it to read every unit's
 * recent years ahead of readers.
 *
 * @param projection whose tables the answers are decided from: while it is far behind the store, answers prepared
 *                   would end at once
 * @param answers    where the read keeps its answers
 * @param units      every unit anyone was ever in
 * @param reader     reads a unit's year as a reader does, so that its answer is kept
 */
public record UnitYearReads(String projection, KeptAnswers<?, ?> answers, Supplier<List<String>> units,
                            Read reader) {

    @FunctionalInterface
    public interface Read {
        void read(String unit, int year, LocalDate today);
    }
}
