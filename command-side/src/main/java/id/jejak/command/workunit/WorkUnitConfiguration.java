package id.jejak.command.workunit;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class WorkUnitConfiguration {

    /**
     * The grade policy in force: PermenPANRB 14/2017's intervals, unless {@code jejak.satisfaction-grade-policy}
     * gives a {@code version} and the {@code lowest-index} of every grade (a start fails on anything less, rather
     * than mixing two rule sets under one name).
     */
    @Bean
    SatisfactionGradePolicy satisfactionGradePolicy(Environment environment) {
        return Binder.get(environment).bind("jejak.satisfaction-grade-policy", SatisfactionGradePolicy.class)
                .orElse(SatisfactionGradePolicy.PERMENPANRB_14_2017);
    }
}
