package id.jejak.query.findings;

import id.jejak.query.prepared.UnitYearReads;
import id.jejak.query.projection.PersonOrder;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FindingsProperties.class)
class FindingsConfiguration {

    /**
     * The curve in force: {@link DistributionCurvePolicy#KURVA_DISTRIBUSI_1}, unless
     * {@code jejak.findings.distribution-curve} gives a {@code version} and the {@code bounds} of every organisation
     * predicate (a start fails on anything less, rather than judging by a curve that is half one version).
     */
    @Bean
    DistributionCurvePolicy distributionCurvePolicy(Environment environment) {
        return Binder.get(environment).bind("jejak.findings.distribution-curve", DistributionCurvePolicy.class)
                .orElse(DistributionCurvePolicy.KURVA_DISTRIBUSI_1);
    }

    /** The lesson hours the findings keep per person and year follow from a programme's and the person's streams. */
    @Bean
    ConfigurerModule findingsInPersonOrder() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(FindingsProjection.NAME, configuration -> PersonOrder.INSTANCE);
    }

    /** Every unit's findings of the recent years, prepared ahead of auditors' reads. */
    @Bean
    UnitYearReads preparedFindings(FindingsChecker checker, UnitYearAnswers answers, JdbcClient jdbc) {
        return new UnitYearReads(FindingsProjection.NAME, answers.kept(),
                () -> jdbc.sql("select distinct unit_name(unit) from findings_unit_stay order by 1")
                        .query(String.class).list(),
                (unit, year, today) -> checker.findings(new FindingFilter(null, null, unit, year), today));
    }
}
