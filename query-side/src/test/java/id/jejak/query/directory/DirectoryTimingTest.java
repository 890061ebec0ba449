package id.jejak.query.directory;

import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The directory at a regional agency's size: 20,000 people registered through the store and projected, then
 * searches of each kind through HTTP; prints p50 and p99. Not part of the build (it takes minutes):
 * {@code ./mvnw -B -ntp -pl query-side -am -Dtest=DirectoryTimingTest -Djejak.directory.timing=true
 * -Dsurefire.failIfNoSpecifiedTests=false test}.
 */
@QuerySideTest
@EnabledIfSystemProperty(named = "jejak.directory.timing", matches = "true")
class DirectoryTimingTest {

    private static final int PEOPLE = 20_000;
    private static final int SEARCHES = 200;
    private static final String[] FIRST = {"Siti", "Budi", "Dewi", "Agus", "Rina", "Yohanes", "Made", "Ketut",
            "Nurul", "Ahmad", "Sri", "Andi", "Putu", "Fransiska", "Hendra", "Wayan", "Réné", "Zoë"};
    private static final String[] LAST = {"Santoso", "Nasution", "Wicaksono", "Situmorang", "Harahap", "Lubis",
            "Pratama", "Saputra", "Wijaya", "Hidayat", "Sitompul", "Daulay", "Siregar", "Nurhalizà", "Gunawan"};

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate anonymous;

    @Test
    void searchesAtTwentyThousandPeople() {
        Random random = new Random(18);
        var events = new RecordedEvents(eventStore);
        long appending = System.nanoTime();
        for (int i = 0; i < PEOPLE; i++) {
            LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(i % 9000);
            String nip = "%04d%02d%02d%04d%02d%d%03d".formatted(birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), birth.getYear() + 25, 1 + i % 12, 1 + i % 2, 1 + i / 9000);
            Rank rank = Rank.values()[8 + random.nextInt(8)];
            events.append(new CivilServantRegistered(Nip.of(nip),
                            FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + i,
                            EmploymentType.PNS, rank, LocalDate.of(2015, 1, 1), Education.BACHELOR,
                            "Unit " + (i % 40), "Analis", LocalDate.of(birth.getYear() + 25, 1 + i % 12, 1)),
                    "hr");
        }
        long appended = System.nanoTime();
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(2)).until(() ->
                jdbc.sql("select count(*) from person_directory").query(Long.class).single() >= PEOPLE);
        long projected = System.nanoTime();
        System.out.printf("%n%d people: appended in %.1f s, in the directory %.1f s later%n", PEOPLE,
                (appended - appending) / 1e9, (projected - appended) / 1e9);

        var reader = anonymous.withBasicAuth("hr", "demo");
        Map<String, String> searches = Map.of(
                "a part of a name, accents ignored", "/api/v1/civil-servants?name=nurhaliza&size=50",
                "a NIP's beginning", "/api/v1/civil-servants?nipPrefix=1971",
                "a unit, sorted by name", "/api/v1/civil-servants?unit=unit 7&sort=name",
                "rank and status, sorted by rank", "/api/v1/civil-servants?rank=III/c&status=ACTIVE&sort=rank",
                "everyone, the last page sorted by name", "/api/v1/civil-servants?sort=name&page=399&size=50");
        for (int round = 0; round < 5; round++) {
            searches.values().forEach(path -> reader.getForEntity(path, Map.class));
        }
        searches.forEach((what, path) -> {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < SEARCHES; i++) {
                long start = System.nanoTime();
                var answer = reader.getForEntity(path, Map.class);
                millis.add((System.nanoTime() - start) / 1e6);
                assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            }
            millis.sort(Double::compare);
            System.out.printf("  %-42s p50 %6.1f ms   p99 %6.1f ms   (%s found)%n", what,
                    millis.get(SEARCHES / 2), millis.get(SEARCHES * 99 / 100 - 1),
                    reader.getForObject(path, Map.class).get("total"));
        });
    }
}
