package id.jejak.query.directory;

import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.IdentityCorrected;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.PositionKind;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.Retired;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The people directory: searched by NIP, name, unit, rank, type and status; an HR officer's units bound it. */
@QuerySideTest
@SuppressWarnings({"rawtypes", "unchecked"})
class PeopleDirectoryTest {

    private static final Nip SITI = Nip.of("198203142008012007");
    private static final Nip BAMBANG = Nip.of("197905052003121002");
    private static final Nip YOHANES = Nip.of("196002021985031003");
    /** The one of them in Dinas Kesehatan, whom hr.dinkes sees; other tests record people there too. */
    private static final Nip RAHMAT = Nip.of("198811112012121001");
    private static final Decree DECREE = new Decree("823/KP/2024", LocalDate.of(2024, 3, 20));
    private static boolean recorded;

    @Autowired
    EventStore eventStore;
    @Autowired
    TestRestTemplate anonymous;

    @BeforeEach
    void recordOnce() {
        if (recorded) {
            return;
        }
        var events = new RecordedEvents(eventStore);
        events.append(new CivilServantRegistered(SITI, "Siti Nurhaliza", EmploymentType.PNS, Rank.III_B,
                LocalDate.of(2016, 4, 1), Education.BACHELOR, "Puskesmas Tigalingga", "Perawat",
                LocalDate.of(2016, 1, 4)), "hr");
        // the BKN decision writes her name as her birth certificate does
        events.append(new IdentityCorrected(SITI, "Siti Nurhaliza", "Sïti Nurhalizà Dirgantara",
                LocalDate.of(2023, 5, 2), DECREE), "hr");
        events.append(new CivilServantRegistered(BAMBANG, "Bambang Wicaksono", EmploymentType.PNS, Rank.III_C,
                LocalDate.of(2019, 4, 1), Education.MASTER, "Dinas Pendidikan", "Analis", LocalDate.of(2019, 4, 1)),
                "hr");
        String promotion = events.append(new PromotionGranted(BAMBANG, UUID.randomUUID(), Rank.III_C, Rank.III_D,
                LocalDate.of(2024, 4, 1), DECREE, "hr", "approver", null), "approver").getIdentifier();
        events.append(new DecisionRevoked(BAMBANG, promotion, "PromotionGranted", LocalDate.of(2024, 9, 1), "BKN",
                DECREE), "approver");
        events.append(new PlacedInPosition(BAMBANG, PositionKind.FUNCTIONAL, "Pengawas Sekolah", "  puskesmas   tigalingga",
                LocalDate.of(2024, 10, 1), DECREE, "Analis", "Dinas Pendidikan"), "hr");
        events.append(new CivilServantRegistered(YOHANES, "Yohanes Situmorang", EmploymentType.PNS, Rank.IV_A,
                LocalDate.of(2010, 4, 1), Education.BACHELOR, "Dinas Pendidikan", "Kepala Sekolah",
                LocalDate.of(2010, 4, 1)), "hr");
        events.append(new Retired(YOHANES, LocalDate.of(2020, 3, 1), DECREE), "hr");
        events.append(new CivilServantRegistered(RAHMAT, "Rahmat Hidayat", EmploymentType.PNS, Rank.III_A,
                LocalDate.of(2012, 12, 1), Education.BACHELOR, "Dinas Kesehatan", "Sanitarian",
                LocalDate.of(2012, 12, 1)), "hr");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(nips(read("hr", "/api/v1/civil-servants?name=situmorang&status=RETIRED")))
                        .contains(YOHANES.value()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(nips(read("hr", "/api/v1/civil-servants?nipPrefix=" + RAHMAT.value())))
                        .containsExactly(RAHMAT.value()));
        recorded = true;
    }

    @Test
    void aPartOfTheNameFindsThePersonRegardlessOfCaseAndAccents() {
        List<Map> people = people(read("auditor", "/api/v1/civil-servants?name=NURHALIZA dirg"));

        assertThat(people).singleElement().satisfies(person -> assertThat(person)
                .containsEntry("nip", SITI.value()).containsEntry("fullName", "Sïti Nurhalizà Dirgantara"));
        assertThat(nips(read("auditor", "/api/v1/civil-servants?name=sïtï"))).contains(SITI.value());
        assertThat(nips(read("auditor", "/api/v1/civil-servants?name=Nurhaliza Wicaksono"))).isEmpty();
    }

    @Test
    void theDirectoryShowsTheRecordAsItsRevocationsAndPlacementsLeftIt() {
        Map bambang = people(read("hr", "/api/v1/civil-servants?nipPrefix=" + BAMBANG.value())).get(0);

        // the promotion to III/d was revoked; the placement moved him to the Puskesmas
        assertThat(bambang).containsEntry("rank", "III/c").containsEntry("workUnit", "  puskesmas   tigalingga")
                .containsEntry("position", "Pengawas Sekolah").containsEntry("status", "ACTIVE");
    }

    @Test
    void theFiltersNarrowByNipPrefixUnitRankTypeAndStatus() {
        assertThat(nips(read("hr", "/api/v1/civil-servants?nipPrefix=1960020219"))).containsExactly(YOHANES.value());
        assertThat(nips(read("hr", "/api/v1/civil-servants?unit=PUSKESMAS TIGALINGGA&sort=name")))
                .containsExactly(BAMBANG.value(), SITI.value());
        // other tests record people of that rank too
        assertThat(people(read("hr", "/api/v1/civil-servants?rank=IV/a&employmentType=PNS&size=500")))
                .allSatisfy(person -> assertThat(person).containsEntry("rank", "IV/a")
                        .containsEntry("employmentType", "PNS"))
                .extracting(person -> person.get("nip")).contains(YOHANES.value())
                .doesNotContain(SITI.value(), BAMBANG.value(), RAHMAT.value());
        assertThat(nips(read("hr", "/api/v1/civil-servants?unit=Puskesmas Tigalingga&status=RETIRED"))).isEmpty();
        assertThat(nips(read("hr", "/api/v1/civil-servants?unit=Puskesmas Tigalingga&sort=rank&direction=desc")))
                .containsExactly(BAMBANG.value(), SITI.value());
    }

    @Test
    void pagesAreSortedAndCounted() {
        Map first = read("hr", "/api/v1/civil-servants?unit=puskesmas tigalingga&sort=name&size=1").getBody();
        Map second = read("hr", "/api/v1/civil-servants?unit=puskesmas tigalingga&sort=name&size=1&page=1").getBody();

        assertThat(first).containsEntry("total", 2);
        assertThat(nips(first)).containsExactly(BAMBANG.value());
        assertThat(nips(second)).containsExactly(SITI.value());
    }

    @Test
    void anHrOfficerBoundToUnitsFindsOnlyThePeopleOfTheirUnits() {
        List<Map> seen = people(read("hr.dinkes", "/api/v1/civil-servants?size=500"));

        assertThat(seen).extracting(person -> ((String) person.get("workUnit")).trim().replaceAll("\\s+", " ").toUpperCase())
                .containsOnly("DINAS KESEHATAN");
        assertThat(seen).extracting(person -> person.get("nip")).contains(RAHMAT.value())
                .doesNotContain(SITI.value(), BAMBANG.value(), YOHANES.value());
        assertThat(nips(read("hr", "/api/v1/civil-servants?size=500")))
                .contains(RAHMAT.value(), SITI.value(), YOHANES.value());
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkForSpreadsheets() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, "text/csv");
        ResponseEntity<byte[]> csv = anonymous.withBasicAuth("auditor", "demo").exchange(
                "/api/v1/civil-servants?unit=Puskesmas Tigalingga&sort=name", HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class);

        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(text).startsWith("\uFEFFnip,fullName,employmentType,status,rank,positionKind,position,workUnit\r\n")
                .contains(SITI.value() + ",Sïti Nurhalizà Dirgantara,PNS,ACTIVE,III/b");
        assertThat(text.lines()).hasSize(3);
    }

    @Test
    void anUnknownSortOrRankIsRefusedInBothLanguages() {
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<Map> sort = anonymous.withBasicAuth("hr", "demo").exchange("/api/v1/civil-servants?sort=age",
                HttpMethod.GET, new HttpEntity<>(english), Map.class);
        ResponseEntity<Map> rank = read("hr", "/api/v1/civil-servants?rank=V/a");
        ResponseEntity<Map> nip = read("hr", "/api/v1/civil-servants?nipPrefix=19x");

        assertThat(sort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(sort.getBody()).containsEntry("code", "PARAMETER_INVALID")
                .containsEntry("detail", "The sort parameter is invalid");
        assertThat(rank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rank.getBody()).containsEntry("code", "RANK_UNKNOWN");
        assertThat(nip.getBody()).containsEntry("code", "PARAMETER_INVALID");
    }

    @Test
    void employeesMayNotSearchTheDirectory() {
        assertThat(read("employee", "/api/v1/civil-servants").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<Map> read(String user, String path) {
        return anonymous.withBasicAuth(user, "demo").getForEntity(path, Map.class);
    }

    private static List<Map> people(ResponseEntity<Map> page) {
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (List<Map>) page.getBody().get("people");
    }

    private static List<String> nips(ResponseEntity<Map> page) {
        return people(page).stream().map(person -> (String) person.get("nip")).toList();
    }

    private static List<String> nips(Map page) {
        return ((List<Map>) page.get("people")).stream().map(person -> (String) person.get("nip")).toList();
    }
}
