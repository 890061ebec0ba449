package id.jejak.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The command side: HR's decisions come in over HTTP, pass the rules, and become events. */
@SpringBootApplication
public class CommandSideApplication {

    /** Its own configuration name, so both sides can share one classpath in the launcher. */
    public static final String CONFIG_NAME = "command-side";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
