package id.jejak.benchmark.generator;

import id.jejak.kernel.programme.CreateProgramme;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingKind;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The development programmes (program pembinaan) of each unit and year. About 30% of a unit's staff take part in one
 * a year: exactly three of every ten consecutive staff numbers of the unit, so that programme {@code slot}, which takes
 * the unit's staff numbers {@code slot * 100} to {@code slot * 100 + 99}, never has more than its 30 places filled.
 * Both the programme and each participant's history compute the same programme from its key.
 */
public final class Programmes {

    static final int STAFF_PER_PROGRAMME = 100;
    static final int CAPACITY = 30;

    /** A programme as planned. */
    public record Plan(UUID id, String title, TrainingKind kind, Catalog.Partner partner, int capacity,
                       LocalDate start, LocalDate end, int lessonHours) {

        public CreateProgramme command() {
            return new CreateProgramme(id, title, kind, partner.name(), partner.country(), capacity, start, end,
                    LessonHours.of(lessonHours));
        }
    }

    private Programmes() {
    }

    /** Whether the unit's staff member with this number takes part in a programme that year. */
    static boolean participates(int indexInUnit, int year) {
        return (indexInUnit * 7 + year * 3) % 10 < 3;
    }

    static int slotOf(int indexInUnit) {
        return indexInUnit / STAFF_PER_PROGRAMME;
    }

    /** Every programme of the agency: each unit and year, one per hundred staff. */
    public static List<Plan> all(Agency agency) {
        List<Plan> plans = new ArrayList<>();
        for (int unit = 0; unit < agency.unitCount(); unit++) {
            int slots = (agency.unitSize(unit) + STAFF_PER_PROGRAMME - 1) / STAFF_PER_PROGRAMME;
            for (int year = agency.firstYear(); year <= agency.lastYear(); year++) {
                for (int slot = 0; slot < slots; slot++) {
                    plans.add(of(agency, unit, year, slot));
                }
            }
        }
        return plans;
    }

    static Plan of(Agency agency, int unit, int year, int slot) {
        String key = "programme:" + agency.seed() + ":" + unit + ":" + year + ":" + slot;
        UUID id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
        SplittableRandom random = new SplittableRandom(id.getMostSignificantBits() ^ id.getLeastSignificantBits());
        TrainingKind kind = Catalog.pick(random, List.of(TrainingKind.INTERNSHIP, TrainingKind.STUDY_GROUP,
                TrainingKind.MENTORING, TrainingKind.SEMINAR, TrainingKind.CLASSROOM, TrainingKind.E_LEARNING,
                TrainingKind.STUDY_GROUP, TrainingKind.CLASSROOM));
        Catalog.Partner partner = kind == TrainingKind.INTERNSHIP
                ? Catalog.PARTNERS.get(random.nextInt(5)) : Catalog.PARTNERS.get(5 + random.nextInt(7));
        int days = switch (kind) {
            case INTERNSHIP -> 10 + random.nextInt(16);
            case STUDY_GROUP -> 60 + random.nextInt(31);
            case MENTORING -> 30 + random.nextInt(31);
            case SEMINAR -> 1 + random.nextInt(2);
            case CLASSROOM -> 5 + random.nextInt(16);
            default -> 14 + random.nextInt(17);
        };
        int hours = switch (kind) {
            case INTERNSHIP -> 60 + random.nextInt(61);
            case STUDY_GROUP -> 12 + random.nextInt(13);
            case MENTORING -> 16 + random.nextInt(9);
            case SEMINAR -> 6 + random.nextInt(7);
            case CLASSROOM -> 30 + random.nextInt(51);
            default -> 16 + random.nextInt(17);
        };
        LocalDate start = LocalDate.of(year, 3 + random.nextInt(7), 1 + random.nextInt(20));
        String title = Catalog.pick(random, Catalog.PROGRAMME_TITLES) + " " + agency.unitCode(unit) + " " + year
                + " Angkatan " + (slot + 1);
        return new Plan(id, title, kind, partner, CAPACITY, start, start.plusDays(days - 1L), hours);
    }
}
