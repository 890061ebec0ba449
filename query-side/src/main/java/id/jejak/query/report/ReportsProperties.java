package id.jejak.query.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param keptPersons how many persons' rows the units' 20-JP reports kept in memory hold together at most
 *                    ({@link LessonHoursAnswers}); about 150 bytes of JSON each
 */
@ConfigurationProperties("jejak.reports")
record ReportsProperties(@DefaultValue("250000") int keptPersons) {

    ReportsProperties {
        if (keptPersons < 0) {
            throw new IllegalArgumentException("jejak.reports.kept-persons must not be negative, got " + keptPersons);
        }
    }
}
