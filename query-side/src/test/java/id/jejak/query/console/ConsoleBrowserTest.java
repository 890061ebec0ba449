package id.jejak.query.console;

import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.PerformanceEvaluationCorrected;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.platform.security.DemoUsers;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import id.jejak.query.history.RecordedDecisions;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console in a real browser (Debian's chromium, headless): sign-in, search, a timeline seen as known before a
 * correction, the trail and its CSV, a finding's events, the ledger, the projections; and an employee who edits the
 * address to read someone else. One browser for the whole class; each test signs in afresh. Every page visited is
 * written to target/console-screenshots.
 */
@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    /** Recorded with times in the past, so that "as known at" has a moment before the correction to stand on. */
    static final Nip PERSON = Nip.of("198812242013062001");
    static final String NAME = "Sri Rahmawati Konsol";
    static final String UNIT = "Dinas Pendidikan Konsol";
    static final Nip OWN = Nip.of(DemoUsers.EMPLOYEE_NIP);

    @Autowired
    EventStore eventStore;
    @Autowired
    RecordedDecisions decisions;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    Browser browser;
    WebDriver driver;
    String base;
    String evaluationId;
    String correctionId;
    String promotionId;

    @BeforeAll
    void recordAndOpenTheBrowser() throws IOException {
        base = "http://127.0.0.1:" + port;
        var events = new RecordedEvents(eventStore);
        events.append(new CivilServantRegistered(PERSON, NAME, EmploymentType.PNS, Rank.III_B,
                LocalDate.of(2020, 4, 1), Education.BACHELOR, UNIT, "Guru Ahli Muda", LocalDate.of(2020, 4, 1)),
                "hr.ani", Instant.parse("2024-01-10T03:00:00Z"));
        UUID evaluation = UUID.randomUUID();
        var evaluated = events.append(new PerformanceEvaluated(PERSON, evaluation, EvaluationKind.ANNUAL, 2024,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Nip.of("197501012000031001"),
                Rating.BELOW_EXPECTATION, Rating.AS_EXPECTED, Predicate.BUTUH_PERBAIKAN, "matrix-v1"), "hr.ani",
                Instant.parse("2025-01-15T03:00:00Z"));
        var corrected = events.append(new PerformanceEvaluationCorrected(PERSON, evaluation,
                evaluated.getIdentifier(), EvaluationKind.ANNUAL, 2024, LocalDate.of(2024, 12, 31), Rating.AS_EXPECTED,
                Rating.AS_EXPECTED, Predicate.BAIK, "matrix-v1", "Keberatan diterima atasan pejabat penilai"),
                "hr.ani", Instant.parse("2025-02-10T03:00:00Z"));
        // recorded a year after its TMT: a backdated decision, a finding
        var promotion = events.append(new PromotionGranted(PERSON, UUID.randomUUID(), Rank.III_B, Rank.III_C,
                LocalDate.of(2024, 4, 1), new Decree("823/KP/2025", LocalDate.of(2025, 3, 20)), "hr.ani", "ppk.budi",
                null), "ppk.budi", Instant.parse("2025-04-01T03:00:00Z"));
        evaluationId = evaluated.getIdentifier();
        correctionId = corrected.getIdentifier();
        promotionId = promotion.getIdentifier();
        // another test of this context may have registered the demo employee already
        if (eventStore.lastSequenceNumberFor(OWN.value()).isEmpty()) {
            events.append(new CivilServantRegistered(OWN, "Budi Santoso", EmploymentType.PNS, Rank.III_A,
                    LocalDate.of(2020, 1, 2), Education.BACHELOR, "Dinas Kesehatan", "Analis Kebijakan",
                    LocalDate.of(2020, 1, 2)), "hr");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count(PERSON) == 4 && count(OWN) > 0);
        browser = new Browser();
        driver = browser.driver;
    }

    @AfterAll
    void closeTheBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theRootSendsABrowserToTheSignInFormInIndonesian() throws IOException {
        driver.manage().deleteAllCookies();
        driver.get(base + "/");

        assertThat(driver.getCurrentUrl()).endsWith("/login");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Masuk");
        page("01-login");
    }

    @Test
    void aWrongPasswordIsRefusedOnTheForm() {
        driver.manage().deleteAllCookies();
        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys("auditor");
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        openFrom(By.id("sign-in"));

        assertThat(driver.getCurrentUrl()).contains("/login?error");
        assertThat(driver.findElement(By.cssSelector(".notice.error")).getText()).contains("salah");
    }

    @Test
    void anAuditorFindsAPersonByNameAndSeesTheirProfileAsKnownBeforeTheCorrection() throws IOException {
        signIn("auditor");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Konsol audit");
        openFrom(By.linkText("English"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Audit console");
        openFrom(By.linkText("Bahasa Indonesia"));

        openFrom(By.linkText("Cari pegawai"));
        driver.findElement(By.id("q")).sendKeys("rahmawati konsol");
        openFrom(By.id("search"));
        List<WebElement> cells = driver.findElements(By.cssSelector("#people tbody tr td"));
        assertThat(cells.stream().map(WebElement::getText)).containsExactly(PERSON.value(), NAME,
                "III/c Penata", "Guru Ahli Muda", UNIT, "Aktif");
        page("02-search");

        openFrom(By.linkText(PERSON.value()));
        assertThat(driver.findElement(By.id("profile-predicates")).getText()).isEqualTo("2024: BAIK");
        assertThat(texts("#group-RANK article h4 .type")).containsExactly("PromotionGranted");
        // the correction is shown beside the evaluation it corrects, and in its own group
        WebElement evaluation = driver.findElement(By.id("e-" + evaluationId));
        assertThat(evaluation.findElement(By.cssSelector("aside.correction h5")).getText())
                .contains("PerformanceEvaluationCorrected");
        assertThat(driver.findElement(By.id("e-" + correctionId)).findElement(By.cssSelector(".corrects a"))
                .getAttribute("href")).endsWith("#e-" + evaluationId);
        page("03-timeline");

        setValue("asOf", "2025-06-01");
        setValue("knownAt", "2025-02-01T00:00:00");
        openFrom(By.id("show"));

        assertThat(driver.findElement(By.id("profile-predicates")).getText()).isEqualTo("2024: BUTUH_PERBAIKAN");
        assertThat(driver.findElement(By.id("profile-rank")).getText()).startsWith("III/b");
        assertThat(texts("#comparison tr.differs th")).containsExactly("Pangkat/golongan",
                "Predikat kinerja tahunan");
        page("04-timeline-as-known-then");

        // the print layout: the content without the controls, as an auditor attaches it to a report
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.cssSelector("header.top nav")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("as-of")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("comparison")).isDisplayed()).isTrue();
        page("04-timeline-print");
        Files.write(Browser.SCREENSHOTS.resolve("04-timeline-print.pdf"), Base64.getDecoder().decode(
                ((PrintsPage) driver).print(new PrintOptions()).getContent()));
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        assertThat(jdbc.sql("select count(*) from access_log where reader_id = 'auditor' and nip = ? "
                        + "and path like '/console/people/%'").param(PERSON.value()).query(Long.class).single())
                .as("every read of the timeline is in the access log").isGreaterThanOrEqualTo(2);
    }

    @Test
    void anInspectorFiltersTheTrailAndDownloadsItAsCsvForASpreadsheet() throws IOException, InterruptedException {
        signIn("inspector");
        driver.get(base + "/console/trail");
        driver.findElement(By.id("unit")).sendKeys(UNIT);
        openFrom(By.id("filter"));

        assertThat(driver.findElement(By.id("trail-count")).getText()).startsWith("4 keputusan");
        assertThat(driver.findElements(By.cssSelector("#trail tbody tr"))).hasSize(4);
        page("05-trail");

        driver.findElement(By.id("csv")).click();
        Path csv = await().atMost(Duration.ofSeconds(30)).until(() -> downloaded(".csv"), file -> file != null);
        assertThat(csv.getFileName().toString()).matches("jejak-decision-trail-\\d{8}T\\d{6}Z\\.csv");
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).contains(PERSON.value(), "CivilServantRegistered");
    }

    @Test
    void aFindingLeadsToTheEventItRestsOn() throws IOException {
        signIn("auditor");
        driver.get(base + "/console/findings?rule=BACKDATED_DECISION&unit=" + UNIT.replace(' ', '+'));
        page("06-findings");

        openFrom(By.cssSelector("#findings a.event[href$='#e-" + promotionId + "']"));

        assertThat(driver.getCurrentUrl()).contains("/console/people/" + PERSON.value()).endsWith("#e-" + promotionId);
        assertThat(driver.findElement(By.cssSelector("article.decision:target .type")).getText())
                .isEqualTo("PromotionGranted");
        page("07-finding-event");
    }

    @Test
    void anAuditorSeesTheLedgerAndTheProjections() throws IOException {
        signIn("auditor");
        driver.get(base + "/console/ledger?lang=en");

        assertThat(driver.findElement(By.id("ledger-status")).getText()).isIn("VERIFIED", "BROKEN");
        assertThat(driver.findElement(By.id("export")).getAttribute("href")).endsWith("/console/ledger/export");
        assertThat(driver.findElement(By.cssSelector("#offline pre")).getText()).contains("jejak-verifier.jar");
        page("08-ledger");

        driver.get(base + "/console/projections");
        assertThat(texts("#projections tbody tr td:first-child")).contains("career-history");
        page("09-projections");
    }

    @Test
    void anEmployeeSeesTheirOwnTimelineAndHoursButNotAnotherPersonByEditingTheAddress() throws IOException {
        signIn("employee");

        assertThat(driver.getCurrentUrl()).endsWith("/console/people/" + OWN.value());
        assertThat(driver.findElement(By.id("lesson-hours")).getText()).contains("dari 20 JP");
        page("10-employee-own");

        driver.get(base + "/console/people/" + PERSON.value());
        assertThat(driver.findElement(By.id("error-title")).getText()).isEqualTo("Tidak ditemukan");
        assertThat(driver.getPageSource()).doesNotContain(NAME);
        page("11-employee-another-person");

        driver.get(base + "/console/trail");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tidak untuk peran Anda");
    }

    /** Every page is read without JavaScript: it has none. */
    private void page(String name) throws IOException {
        assertThat(driver.findElements(By.tagName("script"))).as(name + " has no script").isEmpty();
        browser.screenshot(name);
    }

    private void signIn(String user) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/console");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        driver.findElement(By.id("sign-in")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        assertThat(driver.findElement(By.id("signed-in")).getText()).isEqualTo(user);
    }

    /** Typed into a date field the way the reader's locale lays it out is brittle; the value is what is sent. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)),
                value);
    }

    private List<String> texts(String selector) {
        return driver.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private Path downloaded(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(browser.downloads)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
        }
    }

    private long count(Nip nip) {
        return decisions.count(new RecordedDecisions.Criteria(nip.value(), null, null, null, null, null, null, null));
    }

    /**
     * Follows a link or sends a form and waits for the next page: a click returns before a form's answer has replaced
     * the page, so an element found at once may be the old page's (seen as a stale element on a loaded machine).
     */
    private void openFrom(By link) {
        WebElement page = driver.findElement(By.tagName("html"));
        clickAgainIfTheDocumentChanged(link);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    /**
     * Chromium's driver can find an element in a document the page replaces an instant later, and then fail to click
     * it ("Node with given id does not belong to the document", seen once in CI on the login form): the click was not
     * sent, so it is found and sent again, at most three times.
     */
    private void clickAgainIfTheDocumentChanged(By link) {
        for (int attempt = 1; ; attempt++) {
            try {
                driver.findElement(link).click();
                return;
            } catch (WebDriverException e) {
                if (attempt == 3 || e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
            }
        }
    }
}
