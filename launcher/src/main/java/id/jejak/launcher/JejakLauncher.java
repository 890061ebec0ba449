package id.jejak.launcher;

import id.jejak.command.CommandSideApplication;
import id.jejak.query.QuerySideApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one-command run: both sides in one JVM on one embedded PostgreSQL (or on {@code spring.datasource.url} when
 * given). The query side starts first so the command side can link to it; Ctrl-C closes both, then the database.
 */
public final class JejakLauncher {

    /** The logging system is set up once per JVM, so one side's name would label the other side's lines too. */
    private static final String ONE_LOG_FOR_BOTH = "logging.include-application-name=false";

    private JejakLauncher() {
    }

    /** Both sides, running. */
    public record Running(ConfigurableApplicationContext commandSide, ConfigurableApplicationContext querySide)
            implements AutoCloseable {

        public int commandSidePort() {
            return ((WebServerApplicationContext) commandSide).getWebServer().getPort();
        }

        public int querySidePort() {
            return ((WebServerApplicationContext) querySide).getWebServer().getPort();
        }

        @Override
        public void close() {
            commandSide.close();
            querySide.close();
        }
    }

    public static Running start(String... args) {
        ConfigurableApplicationContext querySide = QuerySideApplication.application()
                .bannerMode(Banner.Mode.OFF)
                .properties(ONE_LOG_FOR_BOTH)
                .run(args);
        try {
            int queryPort = ((WebServerApplicationContext) querySide).getWebServer().getPort();
            ConfigurableApplicationContext commandSide = CommandSideApplication.application()
                    .bannerMode(Banner.Mode.OFF)
                    .properties(ONE_LOG_FOR_BOTH)
                    .properties("jejak.links.query-side=http://localhost:" + queryPort)
                    .run(args);
            return new Running(commandSide, querySide);
        } catch (RuntimeException e) {
            querySide.close();
            throw e;
        }
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Running jejak;
        try {
            jejak = start(args);
        } catch (RuntimeException e) {
            System.err.println("Jejak did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        String database = withoutCredentials(jejak.querySide().getEnvironment().getProperty(
                "jejak.embedded-postgres.url", jejak.querySide().getEnvironment().getProperty("spring.datasource.url",
                        "?")));
        System.out.printf("""

                Jejak is running.
                  command side (HR decisions)  http://localhost:%d/api/v1
                  query side (reads, audits)   http://localhost:%d/api/v1
                  PostgreSQL                   %s
                Press Ctrl-C to stop.
                %n""", jejak.commandSidePort(), jejak.querySidePort(), database);
    }

    /** A JDBC URL as far as its database: its parameters may carry a user's password, which a console keeps. */
    static String withoutCredentials(String jdbcUrl) {
        int parameters = jdbcUrl.indexOf('?');
        return parameters < 0 ? jdbcUrl : jdbcUrl.substring(0, parameters);
    }
}
