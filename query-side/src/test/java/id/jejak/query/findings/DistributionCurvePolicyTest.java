package id.jejak.query.findings;

import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.workunit.OrganisationPredicate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.EnumMap;
import java.util.Map;

import static id.jejak.kernel.performance.Predicate.BAIK;
import static id.jejak.kernel.performance.Predicate.BUTUH_PERBAIKAN;
import static id.jejak.kernel.performance.Predicate.KURANG;
import static id.jejak.kernel.performance.Predicate.SANGAT_BAIK;
import static id.jejak.kernel.performance.Predicate.SANGAT_KURANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DistributionCurvePolicyTest {

    private final DistributionCurvePolicy curve = DistributionCurvePolicy.KURVA_DISTRIBUSI_1;

    @Test
    void anIstimewaUnitMayHaveSeventyPercentSangatBaikButNoMore() {
        assertThat(curve.breaches(OrganisationPredicate.ISTIMEWA, staff(SANGAT_BAIK, 7, BAIK, 3))).isEmpty();
        assertThat(curve.breaches(OrganisationPredicate.ISTIMEWA, staff(SANGAT_BAIK, 8, BAIK, 2)))
                .containsExactly("SANGAT_BAIK 8/10 > 70%");
    }

    @Test
    void aBaikUnitHasAtMostSeventyPercentBaikAndSomeoneBelow() {
        assertThat(curve.breaches(OrganisationPredicate.BAIK, staff(BAIK, 7, SANGAT_BAIK, 2, KURANG, 1))).isEmpty();
        assertThat(curve.breaches(OrganisationPredicate.BAIK, staff(BAIK, 7, SANGAT_BAIK, 3)))
                .containsExactly("BUTUH_PERBAIKAN+KURANG 0 < 1");
        assertThat(curve.breaches(OrganisationPredicate.BAIK, staff(BAIK, 8, BUTUH_PERBAIKAN, 2)))
                .containsExactly("BAIK 8/10 > 70%");
    }

    @Test
    void aButuhPerbaikanUnitHasAtLeastSixtyPercentButuhPerbaikanAndAtMostTenPercentSangatBaik() {
        assertThat(curve.breaches(OrganisationPredicate.BUTUH_PERBAIKAN,
                staff(BUTUH_PERBAIKAN, 6, SANGAT_BAIK, 1, BAIK, 3))).isEmpty();
        assertThat(curve.breaches(OrganisationPredicate.BUTUH_PERBAIKAN,
                staff(BUTUH_PERBAIKAN, 5, SANGAT_BAIK, 2, BAIK, 3)))
                .containsExactly("BUTUH_PERBAIKAN 5/10 < 60%", "SANGAT_BAIK 2/10 > 10%");
    }

    @Test
    void aKurangUnitHasAtLeastSixtyPercentKurangAndTenPercentButuhPerbaikan() {
        assertThat(curve.breaches(OrganisationPredicate.KURANG, staff(KURANG, 6, BUTUH_PERBAIKAN, 1, BAIK, 3)))
                .isEmpty();
        assertThat(curve.breaches(OrganisationPredicate.KURANG, staff(KURANG, 9, BAIK, 1)))
                .containsExactly("BUTUH_PERBAIKAN 0/10 < 10%");
    }

    @Test
    void aSangatKurangUnitHasNobodySangatBaik() {
        assertThat(curve.breaches(OrganisationPredicate.SANGAT_KURANG, staff(SANGAT_KURANG, 6, KURANG, 4))).isEmpty();
        assertThat(curve.breaches(OrganisationPredicate.SANGAT_KURANG,
                staff(SANGAT_KURANG, 6, BUTUH_PERBAIKAN, 3, SANGAT_BAIK, 1)))
                .containsExactly("SANGAT_BAIK 1/10 > 0%");
    }

    @Test
    void anotherVersionIsConfiguredWithTheBoundsOfEveryOrganisationPredicate() {
        Map<String, String> properties = new java.util.HashMap<>();
        properties.put("curve.version", "kurva-lokal-2");
        for (OrganisationPredicate organisation : OrganisationPredicate.values()) {
            String bound = "curve.bounds." + organisation.name() + "[0].";
            properties.put(bound + "predicates", "SANGAT_BAIK");
            properties.put(bound + "limit", "AT_MOST_PERCENT");
            properties.put(bound + "value", "50");
        }

        DistributionCurvePolicy configured = new Binder(new MapConfigurationPropertySource(properties))
                .bind("curve", DistributionCurvePolicy.class).get();

        assertThat(configured.version()).isEqualTo("kurva-lokal-2");
        assertThat(configured.breaches(OrganisationPredicate.BAIK, staff(SANGAT_BAIK, 6, BAIK, 4)))
                .containsExactly("SANGAT_BAIK 6/10 > 50%");
    }

    @Test
    void aConfiguredVersionMissingAnOrganisationPredicateIsRefused() {
        Map<String, String> properties = Map.of("curve.version", "kurva-lokal-2",
                "curve.bounds.BAIK[0].predicates", "BAIK", "curve.bounds.BAIK[0].limit", "AT_MOST_PERCENT",
                "curve.bounds.BAIK[0].value", "70");

        assertThatThrownBy(() -> new Binder(new MapConfigurationPropertySource(properties))
                .bind("curve", DistributionCurvePolicy.class))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("needs the bounds of every organisation predicate");
    }

    private static Map<Predicate, Integer> staff(Object... predicatesAndCounts) {
        Map<Predicate, Integer> staff = new EnumMap<>(Predicate.class);
        for (int i = 0; i < predicatesAndCounts.length; i += 2) {
            staff.put((Predicate) predicatesAndCounts[i], (Integer) predicatesAndCounts[i + 1]);
        }
        return staff;
    }
}
