package id.jejak.query;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The query side as it runs, on a throw-away embedded PostgreSQL, behind a real HTTP port. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + QuerySideApplication.CONFIG_NAME,
                "jejak.embedded-postgres.ephemeral=true",
                // the demo passwords hashed at BCrypt's lowest cost: these tests sign in thousands of times
                "jejak.security.demo.password-cost=4",
                // the unit-years' findings decided when read, not ahead by a preparation that might come in between
                "jejak.prepared.years=0"})
public @interface QuerySideTest {
}
