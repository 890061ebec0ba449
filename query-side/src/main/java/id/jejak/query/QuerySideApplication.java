package id.jejak.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The query side: projections of the event stream into tables, and the HTTP API that reads them. */
@SpringBootApplication
public class QuerySideApplication {

    /** Its own configuration name, so both sides can share one classpath in the launcher. */
    public static final String CONFIG_NAME = "query-side";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
