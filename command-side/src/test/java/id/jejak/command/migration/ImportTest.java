package id.jejak.command.migration;

import id.jejak.command.CommandSideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Existing records imported as history: recorded with their own dates and where they came from, once however often
 * the file is sent, past the live career rules but not past the value rules, a row at a time in a report.
 */
@CommandSideTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ImportTest {

    private static final String IDENTITY = """
            nipBaru,nama,jenisPegawai,golonganAwal,tmtCpns,pendidikan,unorNama,jabatanNama
            198609262015051001,Budi Santoso,PNS,III/a,2015-05-01,BACHELOR,Dinas Pendidikan,Analis Kebijakan
            199001012015031006,Sari Nasution,PNS,III/a,2015-03-01,BACHELOR,Bappeda,Perencana
            """;
    /** Budi's III/b two years after III/a: a live proposal is refused (four years in rank), history is not. */
    private static final String RANKS = """
            nipBaru,golongan,tmtGolongan,skNomor,skTanggal
            198609262015051001,III/b,2017-04-01,823/KP/2017,2017-03-20
            199001012015031006,III/b,2019-04-01,823/KP/2019,2019-03-20
            """;

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Imports imports;

    @Test
    void historyIsRecordedWithItsOwnDatesAndWhereItCameFromEvenWhereItBrokeALiveRule() {
        Map identity = imported("identity", "pegawai.csv", IDENTITY, false);
        Map ranks = imported("rank-history", "riwayat-golongan.csv", RANKS, false);

        // other tests import the same people: each is recorded once, by whichever came first
        assertThat(identity).containsEntry("state", "DONE").containsEntry("refused", 0);
        assertThat((int) identity.get("recorded") + (int) identity.get("alreadyRecorded")).isEqualTo(2);
        assertThat(ranks).containsEntry("recorded", 2).containsEntry("rowsDone", 2).containsEntry("secondsLeft", 0);
        Map<String, Object> promotion = jdbc.queryForMap("""
                select convert_from(payload, 'UTF8')::json ->> 'effectiveDate' as effective_date,
                       convert_from(payload, 'UTF8')::json ->> 'fromRank' as from_rank,
                       convert_from(meta_data, 'UTF8')::json as metadata
                from eventstore.domain_event_entry
                where aggregate_identifier = '198609262015051001' and payload_type like '%PromotionGranted'
                  and convert_from(payload, 'UTF8')::json ->> 'effectiveDate' = '2017-04-01'""");
        assertThat(promotion).containsEntry("from_rank", "III/a");
        assertThat(promotion.get("metadata").toString()).contains("\"migrationSource\":\"SIASN\"",
                "\"migrationFile\":\"riwayat-golongan.csv\"", "\"migrationRow\":1", "\"actorId\":\"admin\"");
    }

    @Test
    void theSameFileSentAgainRecordsNothingTwice() {
        String file = RANKS.replace("III/b", "III/c").replace("2017-04-01", "2021-04-01")
                .replace("2019-04-01", "2023-04-01");
        imported("identity", "pegawai.csv", IDENTITY, false);
        imported("rank-history", "kp-2021.csv", file, false);
        long before = events();

        Map again = imported("rank-history", "kp-2021.csv", file, false);

        assertThat(again).containsEntry("recorded", 0).containsEntry("alreadyRecorded", 2);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aDryRunReportsEveryRowsOutcomeAndRecordsNothing() {
        long before = events();
        String file = IDENTITY.replace("Sari", "Siti").replace("199001012015031006", "199001012015031007")
                + "199013012015031001,Tanggal Lahir Salah,PNS,III/a,2015-03-01,,Bappeda,Perencana\n"
                + "199101012015031002,Tanpa Tanggal,PNS,III/a,,,Bappeda,Perencana\n";

        Map dryRun = imported("identity", "uji.csv", file, true);

        assertThat(dryRun).containsEntry("refused", 2);
        assertThat((int) dryRun.get("recorded") + (int) dryRun.get("alreadyRecorded")).isEqualTo(2);
        assertThat(events()).isEqualTo(before);
        String report = report((String) dryRun.get("importId"), "id");
        assertThat(report).startsWith("\uFEFFrow,outcome,code,message,eventId\r\n")
                .contains("3,REFUSED,NIP_BIRTH_DATE,", "4,REFUSED,IMPORT_COLUMN_REQUIRED,Kolom tmtCpns wajib diisi");
        assertThat(report((String) dryRun.get("importId"), "en")).contains("The tmtCpns column is required");
        assertThat(report).containsPattern("1,(WOULD_RECORD|ALREADY_RECORDED),");
    }

    @Test
    void aRowWhoseNumberOrDateCannotBeReadIsRefusedNamingItsColumn() {
        imported("identity", "pegawai-diklat.csv", """
                nipBaru,nama,jenisPegawai,golonganAwal,tmtCpns,pendidikan,unorNama,jabatanNama
                198502022010011003,Rudi Hartono,PNS,III/a,2010-01-01,,Bappeda,Perencana
                """, false);
        Map trainings = imported("training", "diklat-salah.csv", """
                nipBaru,namaDiklat,jenisDiklat,institusiPenyelenggara,jumlahJam,tanggalMulai,tanggalSelesai,nomorSertifikat
                198502022010011003,Diklat A,CLASSROOM,BPSDM,delapan,2021-03-01,2021-03-02,S-1
                198502022010011003,Diklat B,CLASSROOM,BPSDM,8,1 Maret 2021,2021-03-02,S-2
                198502022010011003,Diklat C,CLASSROOM,BPSDM,8,2021-03-01,2021-03-02,S-3
                """, true);

        assertThat(trainings).containsEntry("refused", 2);
        assertThat(report((String) trainings.get("importId"), "en"))
                .contains("1,REFUSED,IMPORT_NUMBER_INVALID,The jumlahJam column",
                        "2,REFUSED,IMPORT_DATE_INVALID,The tanggalMulai column")
                .containsPattern("3,(WOULD_RECORD|ALREADY_RECORDED),");
    }

    @Test
    void aRankBeforeThePersonsIdentityIsRefusedWithItsRow() {
        Map ranks = imported("rank-history", "r.csv", """
                nipBaru,golongan,tmtGolongan,skNomor,skTanggal
                197001012000031001,IV/a,2010-04-01,1/KP/2010,2010-03-01
                """, false);

        assertThat(ranks).containsEntry("refused", 1);
        assertThat(report((String) ranks.get("importId"), "en"))
                .contains("1,REFUSED,IMPORT_IDENTITY_FIRST,NIP 197001012000031001 is not recorded");
    }

    @Test
    void anInterruptedImportContinuesFromItsLastSavedRow() {
        imported("identity", "pegawai.csv", IDENTITY, false);
        UUID importId = UUID.randomUUID();
        String file = RANKS.replace("III/b", "III/d").replace("2017-04-01", "2025-04-01")
                .replace("2019-04-01", "2025-10-01");
        jdbc.update("""
                insert into import_job (import_id, kind, file_name, format, dry_run, imported_by, imported_by_role,
                                        started_at, state, content, rows_total, rows_done)
                values (?, 'RANK_HISTORY', 'SIASN:kp.csv', 'CSV', false, 'admin', 'ADMIN', now(), 'RUNNING', ?, 2, 1)""",
                importId, file.getBytes(StandardCharsets.UTF_8));

        imports.continueInterrupted();

        Map progress = await().atMost(Duration.ofSeconds(30)).until(() -> progress(importId.toString()),
                view -> "DONE".equals(view.get("state")));
        assertThat(progress).containsEntry("rowsDone", 2);
        assertThat(jdbc.queryForList("select row_number from import_row where import_id = ?", Integer.class, importId))
                .containsExactly(2);
    }

    @Test
    void everyKindOfHistoryIsRecordedAsTheEventsItDescribes() {
        imported("identity", "p.csv", """
                nipBaru,nama,jenisPegawai,golonganAwal,tmtCpns,pendidikan,unorNama,jabatanNama
                198001012005011001,Hendra Gunawan,PNS,III/a,2005-01-01,SENIOR_HIGH,Dinas Kesehatan,Pengadministrasi
                """, false);

        Map positions = imported("position-history", "jabatan.csv", """
                nipBaru,jenisJabatan,jabatanNama,unorNama,tmtJabatan,skNomor,skTanggal
                198001012005011001,SUPERVISOR,Kepala Seksi,Dinas Kominfo,2015-02-01,821/2015,2015-01-20
                """, false);
        Map education = imported("education", "pendidikan.csv", """
                nipBaru,pendidikan,namaSekolah,tglLulus
                198001012005011001,BACHELOR,Universitas Terbuka,2012-08-30
                """, false);
        Map trainings = imported("training", "diklat.csv", """
                nipBaru,namaDiklat,jenisDiklat,institusiPenyelenggara,jumlahJam,tanggalMulai,tanggalSelesai,nomorSertifikat
                198001012005011001,Pelatihan Kepemimpinan Pengawas,CLASSROOM,BPSDM,24,2016-03-01,2016-03-05,S-1
                198001012005011001,Pelatihan Tanpa Jam,CLASSROOM,BPSDM,0,2016-04-01,2016-04-05,S-2
                """, false);
        Map predicates = imported("annual-predicate", "skp.csv", """
                nipBaru,tahun,hasilKinerja,perilakuKerja,penilaiNipNrp
                198001012005011001,2016,AS_EXPECTED,AS_EXPECTED,197001012000031001
                """, false);
        Map sanctions = imported("sanction", "hukdis.csv", """
                nipBaru,jenisHukuman,masaHukuman,tmtHukuman,skNomor,skTanggal
                198001012005011001,ALLOWANCE_CUT,6,2017-01-02,862/2016,2016-12-20
                """, false);
        Map awards = imported("award", "penghargaan.csv", """
                nipBaru,namaPenghargaan,tanggal,skNomor,skTanggal
                198001012005011001,Satyalancana Karya Satya X Tahun,2015-08-17,12/TK/2015,2015-08-10
                """, false);

        assertThat(List.of(positions, education, predicates, sanctions, awards))
                .allSatisfy(result -> assertThat(result).containsEntry("recorded", 1));
        assertThat(trainings).containsEntry("recorded", 1).containsEntry("refused", 1);
        assertThat(report((String) trainings.get("importId"), "en")).contains("2,REFUSED,LESSON_HOURS_NOT_POSITIVE");
        assertThat(jdbc.queryForList("""
                        select substring(payload_type from '[A-Za-z]+$') from eventstore.domain_event_entry
                        where aggregate_identifier = '198001012005011001' order by sequence_number""", String.class))
                .containsExactly("CivilServantRegistered", "PlacedInPosition", "EducationRecorded", "TrainingAssigned",
                        "TrainingCompleted", "PerformanceEvaluated", "SanctionImposed", "AwardGranted");
        assertThat(jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::json ->> 'previousWorkUnit' from eventstore.domain_event_entry
                where aggregate_identifier = '198001012005011001' and payload_type like '%PlacedInPosition'""",
                String.class)).isEqualTo("Dinas Kesehatan");
    }

    @Test
    void aFileWithoutItsColumnsIsRefusedWhole() {
        ResponseEntity<Map> refused = start("rank-history", "x.csv", "nipBaru,golongan\n198609262015051001,III/b\n",
                false, "en");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("code", "IMPORT_COLUMNS_MISSING")
                .containsEntry("detail", "The file lacks the columns tmtGolongan, skNomor, skTanggal");
        assertThat(start("riwayat", "x.csv", RANKS, false, "id").getBody())
                .containsEntry("code", "IMPORT_KIND_UNKNOWN");
    }

    private Map imported(String kind, String file, String content, boolean dryRun) {
        ResponseEntity<Map> started = start(kind, file, content, dryRun, "id");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String importId = (String) started.getBody().get("importId");
        return await().atMost(Duration.ofSeconds(30)).until(() -> progress(importId),
                view -> !"RUNNING".equals(view.get("state")));
    }

    private ResponseEntity<Map> start(String kind, String file, String content, boolean dryRun, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return anonymous.withBasicAuth("admin", "demo").exchange("/api/v1/imports", HttpMethod.POST,
                new HttpEntity<>(Map.of("kind", kind, "file", file, "format", "CSV", "dryRun", dryRun,
                        "content", content), headers), Map.class);
    }

    private Map progress(String importId) {
        return anonymous.withBasicAuth("admin", "demo").getForObject("/api/v1/imports/{id}", Map.class, importId);
    }

    private String report(String importId, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        ResponseEntity<byte[]> report = anonymous.withBasicAuth("admin", "demo").exchange(
                "/api/v1/imports/{id}/report", HttpMethod.GET, new HttpEntity<>(headers), byte[].class, importId);
        return new String(report.getBody(), StandardCharsets.UTF_8);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from eventstore.domain_event_entry", Long.class);
    }
}
