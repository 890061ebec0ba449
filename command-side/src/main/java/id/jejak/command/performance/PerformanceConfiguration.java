package id.jejak.command.performance;

import id.jejak.career.performance.PredicateMatrix;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PerformanceConfiguration {

    /** The matrix evaluations are derived by; a verified or amended one replaces it here, with a new version. */
    @Bean
    PredicateMatrix predicateMatrix() {
        return PredicateMatrix.PERMENPANRB_6_2022;
    }
}
