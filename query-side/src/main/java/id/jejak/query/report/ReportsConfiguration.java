package id.jejak.query.report;

import id.jejak.query.prepared.UnitYearReads;
import id.jejak.query.projection.PersonOrder;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportsProperties.class)
class ReportsConfiguration {

    /** The lesson hours the reports keep per person, year and unit follow from several streams' events about them. */
    @Bean
    ConfigurerModule reportsInPersonOrder() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(ReportsProjection.NAME, configuration -> PersonOrder.INSTANCE);
    }

    /** Every unit's 20-JP reports of the recent years, prepared ahead of HR's reads. */
    @Bean
    UnitYearReads preparedLessonHoursReports(ReportQueries reports, LessonHoursAnswers answers, JdbcClient jdbc) {
        return new UnitYearReads(ReportsProjection.NAME, answers.kept(),
                () -> jdbc.sql("select distinct unit from report_unit_stay order by 1").query(String.class).list(),
                (unit, year, today) -> reports.unitLessonHoursJson(year, unit));
    }
}
