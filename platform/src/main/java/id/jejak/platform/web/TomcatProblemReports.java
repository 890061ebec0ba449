package id.jejak.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Puts {@link ProblemErrorReportValve} in place of the error report valve Spring Boot gives Tomcat's host. It runs
 * after Spring Boot's own customizer, whose valve it replaces.
 */
class TomcatProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectProvider<ProblemFactory> problems;
    private final ObjectProvider<ProblemWriter> writer;
    private final ObjectProvider<ObjectMapper> json;

    TomcatProblemReports(ObjectProvider<ProblemFactory> problems, ObjectProvider<ProblemWriter> writer,
                         ObjectProvider<ObjectMapper> json) {
        this.problems = problems;
        this.writer = writer;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (!(context.getParent() instanceof StandardHost host)) {
                return;
            }
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new ProblemErrorReportValve(problems::getObject, writer::getObject, json::getObject));
            // so that the host, when it starts, finds its error report valve and adds no other
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        });
    }
}
