package id.jejak.platform.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Jejak's logging configuration ({@code logback-spring.xml}) as logback reads it. */
class LoggingTest {

    @Test
    void everyLineGoesToTheConsoleAloneWithItsNipsMasked() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        PrintStream console = System.out;
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        List<String> appenders = new ArrayList<>();
        try {
            System.setOut(new PrintStream(written, true, StandardCharsets.UTF_8));
            configurator.doConfigure(LoggingTest.class.getResource("/logback-spring.xml"));
            context.getLogger("id.jejak.example").info("registered 198609262015051001");
            context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders()
                    .forEachRemaining((Appender<?> appender) -> appenders.add(appender.getName()));
        } finally {
            System.setOut(console);
            context.stop();
        }

        assertThat(appenders).containsExactly("CONSOLE");
        assertThat(written.toString(StandardCharsets.UTF_8)).contains("registered {nip}")
                .doesNotContain("198609262015051001");
    }
}
