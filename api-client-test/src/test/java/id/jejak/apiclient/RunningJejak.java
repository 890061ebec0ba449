package id.jejak.apiclient;

import id.jejak.launcher.JejakLauncher;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Both sides as {@code ./run.sh} starts them, on a throw-away database, started once for every test of this module
 * (each start costs half a minute on a loaded machine) and stopped when the tests are done.
 */
final class RunningJejak implements ParameterResolver {

    record Jejak(JejakLauncher.Running running) implements ExtensionContext.Store.CloseableResource {

        String commandSide() {
            return "http://localhost:" + running.commandSidePort();
        }

        String querySide() {
            return "http://localhost:" + running.querySidePort();
        }

        static String basic(String user) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            running.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Jejak.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Jejak.class,
                type -> new Jejak(JejakLauncher.start("--server.port=0", "--jejak.embedded-postgres.ephemeral=true",
                        "--jejak.security.demo.password-cost=4")), Jejak.class);
    }
}
