package id.jejak.query.findings;

import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.workunit.OrganisationPredicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static id.jejak.kernel.performance.Predicate.BAIK;
import static id.jejak.kernel.performance.Predicate.BUTUH_PERBAIKAN;
import static id.jejak.kernel.performance.Predicate.KURANG;
import static id.jejak.kernel.performance.Predicate.SANGAT_BAIK;
import static id.jejak.kernel.performance.Predicate.SANGAT_KURANG;

/**
 * The distribution curve (pola distribusi): how a unit's staff's annual predicates may spread, given the unit's own
 * organisation predicate for the year. The default is DOMAIN.md 1.5 as remembered from a MenPANRB circular that was
 * not read ([B]; whether it is PermenPANRB 6/2022's or a later SE is an open point), so it is a named, versioned
 * policy: another version is configured under {@code jejak.findings.distribution-curve} (see
 * {@link FindingsConfiguration}), and every finding names the version that judged it.
 *
 * @param version names the bounds, e.g. {@code kurva-distribusi-1}
 * @param bounds  the bounds each organisation predicate sets; all five must be given
 */
public record DistributionCurvePolicy(String version, Map<OrganisationPredicate, List<Bound>> bounds) {

    /** How a bound limits the staff who hold one of its predicates. */
    public enum Limit {
        /** At most this percentage of the staff evaluated. */
        AT_MOST_PERCENT,
        /** At least this percentage of the staff evaluated. */
        AT_LEAST_PERCENT,
        /** At least this many people. */
        AT_LEAST_PEOPLE
    }

    /** One bound: the staff holding any of {@code predicates}, limited by {@code limit} to {@code value}. */
    public record Bound(Set<Predicate> predicates, Limit limit, int value) {

        public Bound {
            if (predicates == null || predicates.isEmpty() || limit == null || value < 0
                    || limit != Limit.AT_LEAST_PEOPLE && value > 100) {
                throw new IllegalArgumentException("a curve bound needs predicates, a limit and a value (a percentage "
                        + "from 0 to 100, or a number of people), got " + predicates + " " + limit + " " + value);
            }
            predicates = Collections.unmodifiableSet(EnumSet.copyOf(predicates));
        }

        /** Whether {@code holding} of {@code evaluated} staff stay within the bound; percentages are not rounded. */
        boolean holds(int holding, int evaluated) {
            return switch (limit) {
                case AT_MOST_PERCENT -> holding * 100L <= (long) value * evaluated;
                case AT_LEAST_PERCENT -> holding * 100L >= (long) value * evaluated;
                case AT_LEAST_PEOPLE -> holding >= value;
            };
        }

        /** The bound and what broke it, in a form both languages read: {@code BAIK 8/10 > 70%}. */
        String breach(int holding, int evaluated) {
            String who = predicates.stream().map(Enum::name).collect(Collectors.joining("+"));
            return switch (limit) {
                case AT_MOST_PERCENT -> who + " " + holding + "/" + evaluated + " > " + value + "%";
                case AT_LEAST_PERCENT -> who + " " + holding + "/" + evaluated + " < " + value + "%";
                case AT_LEAST_PEOPLE -> who + " " + holding + " < " + value;
            };
        }
    }

    public static final DistributionCurvePolicy KURVA_DISTRIBUSI_1 = new DistributionCurvePolicy("kurva-distribusi-1",
            Map.of(
                    OrganisationPredicate.ISTIMEWA, List.of(
                            new Bound(Set.of(SANGAT_BAIK), Limit.AT_MOST_PERCENT, 70)),
                    OrganisationPredicate.BAIK, List.of(
                            new Bound(Set.of(BAIK), Limit.AT_MOST_PERCENT, 70),
                            new Bound(Set.of(BUTUH_PERBAIKAN, KURANG), Limit.AT_LEAST_PEOPLE, 1)),
                    OrganisationPredicate.BUTUH_PERBAIKAN, List.of(
                            new Bound(Set.of(BUTUH_PERBAIKAN), Limit.AT_LEAST_PERCENT, 60),
                            new Bound(Set.of(SANGAT_BAIK), Limit.AT_MOST_PERCENT, 10)),
                    OrganisationPredicate.KURANG, List.of(
                            new Bound(Set.of(KURANG), Limit.AT_LEAST_PERCENT, 60),
                            new Bound(Set.of(BUTUH_PERBAIKAN), Limit.AT_LEAST_PERCENT, 10),
                            new Bound(Set.of(SANGAT_BAIK), Limit.AT_MOST_PERCENT, 10)),
                    OrganisationPredicate.SANGAT_KURANG, List.of(
                            new Bound(Set.of(SANGAT_KURANG), Limit.AT_LEAST_PERCENT, 60),
                            new Bound(Set.of(KURANG, BUTUH_PERBAIKAN), Limit.AT_LEAST_PERCENT, 10),
                            new Bound(Set.of(SANGAT_BAIK), Limit.AT_MOST_PERCENT, 0))));

    public DistributionCurvePolicy {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a distribution curve policy needs a version");
        }
        if (bounds == null || !bounds.keySet().containsAll(Arrays.asList(OrganisationPredicate.values()))) {
            throw new IllegalArgumentException("distribution curve policy " + version
                    + " needs the bounds of every organisation predicate, got " + bounds);
        }
        Map<OrganisationPredicate, List<Bound>> copy = new EnumMap<>(OrganisationPredicate.class);
        bounds.forEach((predicate, list) -> copy.put(predicate, List.copyOf(list)));
        bounds = Collections.unmodifiableMap(copy);
    }

    /** Each bound the staff's predicates break, described; none when the distribution fits the curve. */
    public List<String> breaches(OrganisationPredicate organisation, Map<Predicate, Integer> staffByPredicate) {
        int evaluated = staffByPredicate.values().stream().mapToInt(Integer::intValue).sum();
        List<String> broken = new ArrayList<>();
        for (Bound bound : bounds.get(organisation)) {
            int holding = bound.predicates().stream().mapToInt(p -> staffByPredicate.getOrDefault(p, 0)).sum();
            if (!bound.holds(holding, evaluated)) {
                broken.add(bound.breach(holding, evaluated));
            }
        }
        return broken;
    }
}
