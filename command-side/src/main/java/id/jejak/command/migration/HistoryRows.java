package id.jejak.command.migration;

import id.jejak.career.discipline.Sanction;
import id.jejak.career.performance.PredicateMatrix;
import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;
import id.jejak.kernel.InvalidValueException;
import id.jejak.kernel.award.AwardGranted;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EducationRecorded;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.PositionKind;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.kernel.training.TrainingKind;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * A row as the event it records, built from the same value objects a command is ({@link Nip}, {@link Rank},
 * {@link Decree}), so a row holds to every value rule a command does. No career rule is asked: the row says what
 * happened, and the findings judge it as they judge any recorded decision.
 */
final class HistoryRows {

    private HistoryRows() {
    }

    /** The person a row is about; refused as a command's NIP is. */
    static Nip nip(Map<String, String> row) {
        return Nip.of(required(row, "nipBaru"));
    }

    /**
     * The row's event id, the same for the same row in any file: a file sent again, or a file continued after a
     * stop, finds its recorded rows by it and records them no second time.
     */
    static String eventId(ImportKind kind, Map<String, String> row) {
        StringBuilder canonical = new StringBuilder("jejak-import/").append(kind.name());
        new TreeMap<>(row).forEach((column, value) -> {
            if (kind.columns().contains(column)) {
                canonical.append('\u0000').append(column).append('=').append(value == null ? "" : value.trim());
            }
        });
        return UUID.nameUUIDFromBytes(canonical.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * The events a row records, in order: one, or a training's assignment and completion. The first has the row's
     * event id ({@link #eventId}); the others an id derived from it.
     */
    static List<CareerEvent> events(ImportKind kind, Map<String, String> row, RecordedStream stream,
                                    PredicateMatrix matrix) {
        Nip nip = nip(row);
        UUID id = UUID.fromString(eventId(kind, row));
        return switch (kind) {
            case TRAINING -> {
                LessonHours hours = LessonHours.of(number(row, "jumlahJam"));
                yield List.of(new TrainingAssigned(nip, id, required(row, "namaDiklat"),
                                choice(row, "jenisDiklat", TrainingKind.class), required(row, "institusiPenyelenggara"),
                                hours, date(row, "tanggalMulai"), false),
                        new TrainingCompleted(nip, id, hours, date(row, "tanggalSelesai"),
                                optional(row, "nomorSertifikat")));
            }
            case ANNUAL_PREDICATE -> {
                int year = number(row, "tahun");
                Rating result = choice(row, "hasilKinerja", Rating.class);
                Rating behaviour = choice(row, "perilakuKerja", Rating.class);
                yield List.of(new PerformanceEvaluated(nip, id, EvaluationKind.ANNUAL, year, LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31), Nip.of(required(row, "penilaiNipNrp")), result, behaviour,
                        matrix.predicate(result, behaviour), matrix.version()));
            }
            default -> List.of(event(kind, row, stream, nip, id));
        };
    }

    private static CareerEvent event(ImportKind kind, Map<String, String> row, RecordedStream stream, Nip nip,
                                     UUID id) {
        return switch (kind) {
            case IDENTITY -> {
                EmploymentType type = choice(row, "jenisPegawai", EmploymentType.class);
                String rank = optional(row, "golonganAwal");
                LocalDate appointed = date(row, "tmtCpns");
                yield new CivilServantRegistered(nip, required(row, "nama"), type,
                        rank == null ? null : Rank.ofCode(rank), rank == null ? null : appointed,
                        optional(row, "pendidikan") == null ? null : choice(row, "pendidikan", Education.class),
                        required(row, "unorNama"), required(row, "jabatanNama"), appointed);
            }
            case RANK_HISTORY -> {
                Rank rank = Rank.ofCode(required(row, "golongan"));
                LocalDate from = date(row, "tmtGolongan");
                Decree decree = new Decree(required(row, "skNomor"), date(row, "skTanggal"));
                // a migrated rank has no proposal in Jejak: its id is the row's own, and who proposed and who
                // approved it are not known, only its decree
                yield new PromotionGranted(nip, id, stream.rankBefore(from), rank, from, decree, null, null, null);
            }
            case POSITION_HISTORY -> {
                LocalDate from = date(row, "tmtJabatan");
                RecordedStream.Position before = stream.positionBefore(from);
                yield new PlacedInPosition(nip, choice(row, "jenisJabatan", PositionKind.class),
                        required(row, "jabatanNama"), required(row, "unorNama"), from,
                        new Decree(required(row, "skNomor"), date(row, "skTanggal")),
                        before == null ? null : before.title(), before == null ? null : before.workUnit());
            }
            case EDUCATION -> new EducationRecorded(nip, choice(row, "pendidikan", Education.class),
                    required(row, "namaSekolah"), date(row, "tglLulus"));
            case SANCTION -> {
                SanctionType type = choice(row, "jenisHukuman", SanctionType.class);
                int months = number(row, "masaHukuman");
                LocalDate from = date(row, "tmtHukuman");
                yield new SanctionImposed(nip, id, type, type.level(), months, from,
                        Sanction.imposed(id, type, from, months, null).endsOn(),
                        new Decree(required(row, "skNomor"), date(row, "skTanggal")), List.of());
            }
            case AWARD -> new AwardGranted(nip, id, required(row, "namaPenghargaan"), List.of(), date(row, "tanggal"),
                    new Decree(required(row, "skNomor"), date(row, "skTanggal")));
            case TRAINING, ANNUAL_PREDICATE -> throw new IllegalStateException("a row of two events: see events");
        };
    }

    private static String required(Map<String, String> row, String column) {
        String value = optional(row, column);
        if (value == null) {
            throw new InvalidValueException("IMPORT_COLUMN_REQUIRED", "the {column} column is required",
                    Map.of("column", column));
        }
        return value;
    }

    private static String optional(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static int number(Map<String, String> row, String column) {
        return parsed(row, column, Integer::parseInt, "IMPORT_NUMBER_INVALID",
                "the {column} column holds no whole number");
    }

    private static LocalDate date(Map<String, String> row, String column) {
        return parsed(row, column, LocalDate::parse, "IMPORT_DATE_INVALID",
                "the {column} column holds no date (YYYY-MM-DD)");
    }

    private static <T> T parsed(Map<String, String> row, String column, Function<String, T> parse, String code,
                                String message) {
        String value = required(row, column);
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException | DateTimeException unreadable) {
            throw new InvalidValueException(code, message, Map.of("column", column));
        }
    }

    private static <E extends Enum<E>> E choice(Map<String, String> row, String column, Class<E> choices) {
        String value = required(row, column);
        try {
            return Enum.valueOf(choices, value);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException("IMPORT_VALUE_NOT_ALLOWED", "the {column} column must be one of {allowed}",
                    Map.of("column", column, "allowed", String.join(", ",
                            Arrays.stream(choices.getEnumConstants()).map(Enum::name).toList())));
        }
    }
}
