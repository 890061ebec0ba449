package id.jejak.command.migration;

import id.jejak.command.CommandSideTest;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.RegisterCivilServant;
import id.jejak.kernel.training.AssignTraining;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.RecordTrainingCompletion;
import id.jejak.kernel.training.TrainingKind;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One history loaded both ways in one run: imported (an identity file, then a training file) and, for as many other
 * people, sent as commands through the gateway, one at a time as the import goes; then the same files imported
 * again. Prints rows and events a second. Not part of the build:
 * {@code ./mvnw -B -ntp -pl command-side -am -Dtest=ImportTimingTest -Djejak.import.timing=true
 * -Dsurefire.failIfNoSpecifiedTests=false test} ({@code -Djejak.import.people=…}, default 1,000).
 */
@CommandSideTest
@EnabledIfSystemProperty(named = "jejak.import.timing", matches = "true")
@SuppressWarnings({"rawtypes", "unchecked"})
class ImportTimingTest {

    private static final int TRAININGS = 5;

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    CommandGateway commands;

    @Test
    void importAgainstCommands() {
        int people = Integer.getInteger("jejak.import.people", 1000);
        StringBuilder identities = new StringBuilder(
                "nipBaru,nama,jenisPegawai,golonganAwal,tmtCpns,pendidikan,unorNama,jabatanNama\n");
        StringBuilder trainings = new StringBuilder("nipBaru,namaDiklat,jenisDiklat,institusiPenyelenggara,jumlahJam,"
                + "tanggalMulai,tanggalSelesai,nomorSertifikat\n");
        for (int i = 0; i < people; i++) {
            String nip = nip(i, 1);
            identities.append(nip).append(",Pegawai ").append(i).append(",PNS,III/a,2010-01-01,BACHELOR,Unit ")
                    .append(i % 40).append(",Analis\n");
            for (int t = 0; t < TRAININGS; t++) {
                trainings.append(nip).append(",Pelatihan ").append(t).append(",CLASSROOM,BPSDM,8,2020-0")
                        .append(t + 1).append("-01,2020-0").append(t + 1).append("-02,S-").append(t).append('\n');
            }
        }
        int rows = people * (1 + TRAININGS);
        int events = people * (1 + 2 * TRAININGS);

        long importing = System.nanoTime();
        Map identity = imported("identity", identities.toString());
        Map training = imported("training", trainings.toString());
        double imported = (System.nanoTime() - importing) / 1e9;
        assertThat((int) identity.get("recorded") + (int) training.get("recorded")).isEqualTo(rows);

        long sending = System.nanoTime();
        for (int i = 0; i < people; i++) {
            Nip nip = Nip.of(nip(i, 2));
            commands.sendAndWait(new RegisterCivilServant(nip, "Pegawai " + i, EmploymentType.PNS, Rank.III_A,
                    LocalDate.of(2010, 1, 1), Education.BACHELOR, "Unit " + i % 40, "Analis",
                    LocalDate.of(2010, 1, 1)));
            for (int t = 0; t < TRAININGS; t++) {
                UUID trainingId = UUID.randomUUID();
                commands.sendAndWait(new AssignTraining(nip, trainingId, "Pelatihan " + t, TrainingKind.CLASSROOM,
                        "BPSDM", LessonHours.of(8), LocalDate.of(2020, t + 1, 1), false));
                commands.sendAndWait(new RecordTrainingCompletion(nip, trainingId, LessonHours.of(8),
                        LocalDate.of(2020, t + 1, 2), "S-" + t));
            }
        }
        double sent = (System.nanoTime() - sending) / 1e9;

        long again = System.nanoTime();
        Map identityAgain = imported("identity", identities.toString());
        Map trainingAgain = imported("training", trainings.toString());
        double reimported = (System.nanoTime() - again) / 1e9;
        assertThat((int) identityAgain.get("recorded") + (int) trainingAgain.get("recorded")).isZero();

        System.out.printf("%n%d people, %d rows, %d events each way%n", people, rows, events);
        System.out.printf("  import             %6.1f s   %7.1f rows/s   %7.1f events/s%n", imported,
                rows / imported, events / imported);
        System.out.printf("  command gateway    %6.1f s   %7.1f commands/s  %7.1f events/s%n", sent, events / sent,
                events / sent);
        System.out.printf("  the same files again: %d recorded, %d already recorded, %.1f s%n",
                (int) identityAgain.get("recorded") + (int) trainingAgain.get("recorded"),
                (int) identityAgain.get("alreadyRecorded") + (int) trainingAgain.get("alreadyRecorded"), reimported);
    }

    /** A valid NIP for person {@code i} of batch {@code batch}: its birth date and sequence number differ. */
    private static String nip(int i, int batch) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i % 3000);
        return "%04d%02d%02d%04d%02d%d%03d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                2005, 1, 1, batch * 100 + i / 3000);
    }

    private Map imported(String kind, String content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> started = anonymous.withBasicAuth("admin", "demo").postForEntity("/api/v1/imports",
                new HttpEntity<>(Map.of("kind", kind, "file", kind + ".csv", "format", "CSV", "content", content),
                        headers), Map.class);
        String importId = (String) started.getBody().get("importId");
        return await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> anonymous.withBasicAuth("admin", "demo").getForObject("/api/v1/imports/{id}", Map.class,
                        importId), view -> "DONE".equals(view.get("state")));
    }
}
