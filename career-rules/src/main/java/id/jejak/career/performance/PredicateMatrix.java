package id.jejak.career.performance;

import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;

import java.util.EnumMap;
import java.util.Map;

import static id.jejak.kernel.performance.Predicate.BAIK;
import static id.jejak.kernel.performance.Predicate.BUTUH_PERBAIKAN;
import static id.jejak.kernel.performance.Predicate.KURANG;
import static id.jejak.kernel.performance.Predicate.SANGAT_BAIK;
import static id.jejak.kernel.performance.Predicate.SANGAT_KURANG;
import static id.jejak.kernel.performance.Rating.ABOVE_EXPECTATION;
import static id.jejak.kernel.performance.Rating.AS_EXPECTED;
import static id.jejak.kernel.performance.Rating.BELOW_EXPECTATION;

/**
 * The kuadran kinerja: the predicate that follows from a work-result rating and a work-behaviour rating. The cells
 * of the default are from the annex of PermenPANRB 6/2022 as remembered, not yet checked against the official text
 * (DOMAIN.md marks them [B]), so the matrix is a named, versioned policy and its version goes into every evaluation.
 */
public record PredicateMatrix(String version, Map<Rating, Map<Rating, Predicate>> byBehaviourThenResult) {

    public static final PredicateMatrix PERMENPANRB_6_2022 = new PredicateMatrix("PermenPANRB-6-2022/annex-B1", Map.of(
            ABOVE_EXPECTATION, cells(BUTUH_PERBAIKAN, BAIK, SANGAT_BAIK),
            AS_EXPECTED, cells(BUTUH_PERBAIKAN, BAIK, BAIK),
            BELOW_EXPECTATION, cells(SANGAT_KURANG, KURANG, KURANG)));

    /** The predicate for these ratings. */
    public Predicate predicate(Rating workResult, Rating workBehaviour) {
        return byBehaviourThenResult.get(workBehaviour).get(workResult);
    }

    /** One row of the matrix: for a given behaviour, the predicate by work result below, as and above expectation. */
    private static Map<Rating, Predicate> cells(Predicate resultBelow, Predicate resultAs, Predicate resultAbove) {
        Map<Rating, Predicate> row = new EnumMap<>(Rating.class);
        row.put(BELOW_EXPECTATION, resultBelow);
        row.put(AS_EXPECTED, resultAs);
        row.put(ABOVE_EXPECTATION, resultAbove);
        return row;
    }
}
