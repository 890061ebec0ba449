package id.jejak.query.console;

import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import id.jejak.query.history.RecordedDecisions;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The figures of issue 16, on demand only (they time, they do not test):
 * {@code ./mvnw -B -ntp -pl query-side -am -Dtest=ConsoleTimingTest -Djejak.console.timing=true
 * -Dsurefire.failIfNoSpecifiedTests=false test}. Records a person with 300 events and loads their timeline 100
 * times with the JDK's HTTP client (time to first byte, time to the whole page) and 100 times in chromium (the
 * browser's own navigation timing: first byte, and the load event of the rendered page); prints p50 and p99.
 */
@QuerySideTest
@EnabledIfSystemProperty(named = "jejak.console.timing", matches = "true")
class ConsoleTimingTest {

    static final Nip PERSON = Nip.of("197006152000031001");
    static final int EVENTS = 300;
    static final int LOADS = 100;

    @Autowired
    EventStore eventStore;
    @Autowired
    RecordedDecisions decisions;
    @LocalServerPort
    int port;

    private UUID lastTraining;

    @Test
    void timesTheTimelineOfAPersonWith300Events() throws Exception {
        var events = new RecordedEvents(eventStore);
        events.append(new CivilServantRegistered(PERSON, "Agus Pratama Waktu", EmploymentType.PNS, Rank.III_A,
                LocalDate.of(2000, 3, 1), Education.BACHELOR, "Dinas Waktu", "Analis", LocalDate.of(2000, 3, 1)),
                "hr");
        for (int i = 1; i < EVENTS; i++) {
            LocalDate day = LocalDate.of(2001, 1, 1).plusDays(i * 30L);
            if (i % 2 == 1) {
                lastTraining = UUID.randomUUID();
                events.append(new TrainingAssigned(PERSON, lastTraining, "Pelatihan " + i, TrainingKind.CLASSROOM,
                        "BPSDM", LessonHours.of(8), day, false), "hr");
            } else {
                events.append(new TrainingCompleted(PERSON, lastTraining, LessonHours.of(8), day.plusDays(2),
                        "SERT-" + i), "hr");
            }
        }
        var criteria = new RecordedDecisions.Criteria(PERSON.value(), null, null, null, null, null, null, null);
        await().atMost(Duration.ofMinutes(2)).until(() -> decisions.count(criteria) == EVENTS);
        String page = "http://127.0.0.1:" + port + "/console/people/" + PERSON.value();

        HttpClient http = signedIn("auditor");
        List<Double> firstByte = new ArrayList<>();
        List<Double> whole = new ArrayList<>();
        for (int i = 0; i < LOADS + 5; i++) {
            long start = System.nanoTime();
            long[] headers = new long[1];
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(page)).build(), info -> {
                headers[0] = System.nanoTime();
                return HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
            });
            long end = System.nanoTime();
            assertThat(response.statusCode()).isEqualTo(200);
            if (i >= 5) {
                firstByte.add((headers[0] - start) / 1e6);
                whole.add((end - start) / 1e6);
            }
        }

        List<Double> browserFirstByte = new ArrayList<>();
        List<Double> rendered = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.driver.get("http://127.0.0.1:" + port + "/login");
            browser.driver.findElement(By.id("username")).sendKeys("auditor");
            browser.driver.findElement(By.id("password")).sendKeys("demo");
            browser.driver.findElement(By.id("sign-in")).click();
            for (int i = 0; i < LOADS + 5; i++) {
                browser.driver.get(page);
                assertThat(browser.driver.findElements(By.cssSelector("article.decision"))).hasSize(EVENTS);
                @SuppressWarnings("unchecked")
                List<Number> timing = (List<Number>) ((JavascriptExecutor) browser.driver).executeScript(
                        "const t = performance.getEntriesByType('navigation')[0];"
                                + " return [t.responseStart - t.startTime, t.loadEventEnd - t.startTime];");
                if (i >= 5) {
                    browserFirstByte.add(timing.get(0).doubleValue());
                    rendered.add(timing.get(1).doubleValue());
                }
            }
        }
        System.out.printf("%nTimeline of a person with %d events, %d loads each (first 5 discarded as warm-up):%n",
                EVENTS, LOADS);
        print("JDK HTTP client, time to first byte", firstByte);
        print("JDK HTTP client, whole page", whole);
        print("chromium, time to first byte (navigation timing)", browserFirstByte);
        print("chromium, rendered (load event end)", rendered);
    }

    private static void print(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("  %-50s p50 %7.1f ms   p99 %7.1f ms%n", what, percentile(sorted, 50),
                percentile(sorted, 99));
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get((int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
    }

    private HttpClient signedIn(String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = "http://127.0.0.1:" + port + "/login";
        String form = http.send(HttpRequest.newBuilder(URI.create(login)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();
        http.send(HttpRequest.newBuilder(URI.create(login))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        return http;
    }
}
