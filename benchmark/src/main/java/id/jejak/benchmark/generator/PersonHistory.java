package id.jejak.benchmark.generator;

import id.jejak.career.discipline.Sanction;
import id.jejak.career.performance.PredicateMatrix;
import id.jejak.career.promotion.PromotionPolicy;
import id.jejak.career.promotion.RegularPromotion;
import id.jejak.kernel.Decree;
import id.jejak.kernel.award.GrantAward;
import id.jejak.kernel.civilservant.ConfirmAsPns;
import id.jejak.kernel.civilservant.CorrectIdentity;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.PlaceInPosition;
import id.jejak.kernel.civilservant.PositionKind;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.RecordEducation;
import id.jejak.kernel.civilservant.RegisterCivilServant;
import id.jejak.kernel.civilservant.Retire;
import id.jejak.kernel.correction.RevokeDecision;
import id.jejak.kernel.discipline.ImposeSanction;
import id.jejak.kernel.discipline.ProposeHeavySanction;
import id.jejak.kernel.discipline.RevokeSanction;
import id.jejak.kernel.discipline.SanctionLevel;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.CloseCoaching;
import id.jejak.kernel.performance.CoachingOutcome;
import id.jejak.kernel.performance.CorrectPerformanceEvaluation;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PlanCoaching;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.performance.RecordCoachingSession;
import id.jejak.kernel.performance.RecordPerformanceEvaluation;
import id.jejak.kernel.programme.EnrolParticipant;
import id.jejak.kernel.programme.RecordProgrammeCompletion;
import id.jejak.kernel.programme.RecordProgrammeEvaluation;
import id.jejak.kernel.promotion.GrantPromotion;
import id.jejak.kernel.promotion.ProposePromotion;
import id.jejak.kernel.promotion.RejectPromotion;
import id.jejak.kernel.training.AssignTraining;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.RecordTrainingCompletion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;

import static id.jejak.kernel.performance.Rating.ABOVE_EXPECTATION;
import static id.jejak.kernel.performance.Rating.AS_EXPECTED;
import static id.jejak.kernel.performance.Rating.BELOW_EXPECTATION;

/**
 * One civil servant's five years as commands, in the order HR would send them, each of which passes the command
 * side's rules: a timeline of dated actions (trainings, evaluations, promotion periods, placements, sanctions,
 * retirement…) run in date order against the person's standing as the generator tracks it, so that for instance a
 * promotion is proposed only on a promotion date, after four years in rank, with two annual predicates of at least
 * Baik, below the education ceiling and with no sanction in force — asked of the command side's own rules
 * ({@code career-rules}' {@link PromotionPolicy}, its defaults, as the benchmark runs the system with them).
 */
public final class PersonHistory {

    /** A promotion the person is due for in the year after the history: what the HTTP benchmark proposes. */
    public record Candidate(Rank target, LocalDate effectiveDate) {
    }

    /** Where the person stands when the history ends. */
    /**
     * Where the person stands when the history ends; {@code attendedProgrammes} are the programmes whose completion
     * records that they attended to the end, which a development plan's realisation may name.
     */
    public record End(Agency.Person person, boolean active, int unit, EmploymentType employmentType, Rank rank,
                      Candidate promotion, long streamEvents, Set<UUID> attendedProgrammes) {
    }

    /** The commands and where they leave the person. */
    public record Plan(List<Step> steps, End end) {
    }

    private record Action(LocalDate date, int priority, long order, Runnable run) {
    }


    /** The policy the system runs with when the benchmark drives it: the defaults. */
    static final PromotionPolicy PROMOTION_POLICY = PromotionPolicy.defaults();

    private final Agency agency;
    private final Agency.Person person;
    private final Nip nip;
    private final SplittableRandom random;
    private final String hr;
    private final List<Step> steps = new ArrayList<>();
    private final PriorityQueue<Action> actions = new PriorityQueue<>((a, b) -> {
        int byDate = a.date().compareTo(b.date());
        if (byDate != 0) {
            return byDate;
        }
        int byPriority = Integer.compare(a.priority(), b.priority());
        return byPriority != 0 ? byPriority : Long.compare(a.order(), b.order());
    });
    private long order;

    private boolean active;
    private EmploymentType type;
    private Rank rank;
    private LocalDate rankSince;
    private Education education;
    private int unit;
    private PositionKind positionKind;
    private LocalDate positionSince;
    private String fullName;
    private boolean latsarCompleted;
    private final Map<Integer, Predicate> annual = new HashMap<>();
    /** The sanctions imposed and not revoked on appeal. */
    private final Map<UUID, Sanction> sanctions = new HashMap<>();
    private final Set<UUID> attendedProgrammes = new HashSet<>();
    private long sequence;
    private LocalDate retirement;
    private final int performer;

    private PersonHistory(Agency agency, Agency.Person person) {
        this.agency = agency;
        this.person = person;
        this.nip = person.nip();
        this.random = new SplittableRandom(person.seed());
        this.hr = Actors.HR[person.index() % Actors.HR.length];
        int draw = random.nextInt(100);
        this.performer = draw < 12 ? 0 : draw < 92 ? 1 : 2;
    }

    public static Plan generate(Agency agency, Agency.Person person) {
        return new PersonHistory(agency, person).plan();
    }

    private Plan plan() {
        LocalDate registered = person.registeredOn();
        at(registered, 0, this::register);
        LocalDate bup = person.birthDate().plusYears(58).withDayOfMonth(1).plusMonths(1);
        if (bup.isAfter(registered) && bup.getYear() <= agency.lastYear()) {
            retirement = bup;
            at(bup, 9, this::retire);
        }
        if (person.entry() == Agency.Entry.NEW_CPNS) {
            planLatsarAndConfirmation(registered);
        }
        for (int year = agency.firstYear(); year <= agency.lastYear(); year++) {
            if (registered.getYear() > year) {
                continue;
            }
            planTrainings(year, registered);
            planEvaluations(year, registered);
            planPromotions(year);
            if (random.nextInt(1000) < 60) {
                at(randomDay(year), 5, this::place);
            }
            if (random.nextInt(1000) < 15) {
                at(randomDay(year), 5, this::upgradeEducation);
            }
        }
        if (random.nextInt(1000) < 10) {
            LocalDate from = registered.plusDays(60);
            LocalDate to = LocalDate.of(agency.lastYear(), 12, 31);
            if (from.isBefore(to)) {
                at(from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay())), 6, this::sanction);
            }
        }
        if (random.nextInt(1000) < 5) {
            at(registered.plusDays(30 + random.nextInt(1500)), 7, this::correctIdentity);
        }
        while (!actions.isEmpty()) {
            actions.poll().run().run();
        }
        return new Plan(steps, new End(person, active, unit, type, rank, active ? candidate(agency.lastYear() + 1) : null,
                sequence, Set.copyOf(attendedProgrammes)));
    }

    // ---------------------------------------------------------------- actions

    private void register() {
        active = true;
        type = person.employmentType();
        rank = person.rank();
        rankSince = person.rankSince();
        education = person.education();
        unit = person.unit();
        positionKind = person.positionKind();
        positionSince = person.registeredOn();
        fullName = person.fullName();
        String reason = switch (person.entry()) {
            case EXISTING -> "data awal kepegawaian (migrasi SIMPEG)";
            case NEW_CPNS -> "pengangkatan CPNS formasi " + person.appointment().getYear();
            case NEW_PPPK -> "pengangkatan PPPK formasi " + person.appointment().getYear();
        };
        emit(new RegisterCivilServant(nip, fullName, type, rank, rankSince, education, agency.unitCode(unit),
                person.position(), person.registeredOn()), hr, Actors.HR_ROLE, reason, null, 1);
        if (person.entry() == Agency.Entry.EXISTING) {
            // the last two annual evaluations before Jejak, so that promotions can be checked from the first year
            for (int year = agency.firstYear() - 2; year < agency.firstYear(); year++) {
                Predicate predicate = drawPredicate();
                Rating[] ratings = ratingsFor(predicate);
                emit(new RecordPerformanceEvaluation(nip, uuid(), EvaluationKind.ANNUAL, year, LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31), agency.superiorOf(nip, unit), ratings[0], ratings[1]), hr,
                        Actors.HR_ROLE, "migrasi SKP tahunan " + year, null, 1);
                annual.put(year, predicate);
            }
        }
    }

    private void retire() {
        if (!active) {
            return;
        }
        Decree decree = decree("882", retirement.minusDays(60));
        emit(new Retire(nip, retirement, decree), hr, Actors.HR_ROLE, "batas usia pensiun", decree, 1);
        active = false;
    }

    private void planLatsarAndConfirmation(LocalDate registered) {
        LocalDate start = registered.plusDays(60 + random.nextInt(140));
        UUID trainingId = uuid();
        boolean golonganIII = person.rank() != null && person.rank().compareTo(Rank.III_A) >= 0;
        at(start, 3, () -> {
            if (!active) {
                return;
            }
            emit(new AssignTraining(nip, trainingId, "Pelatihan Dasar CPNS Golongan " + (golonganIII ? "III" : "II"),
                    id.jejak.kernel.training.TrainingKind.CLASSROOM, "BPSDM Provinsi Sumatera Utara",
                    LessonHours.of(golonganIII ? 253 : 237), start, true), hr, Actors.HR_ROLE, null, null, 1);
            LocalDate completed = start.plusDays(44);
            at(completed, 4, () -> {
                if (!active) {
                    return;
                }
                emit(new RecordTrainingCompletion(nip, trainingId, LessonHours.of(golonganIII ? 253 : 237), completed,
                        "LATSAR/" + completed.getYear() + "/" + nip.value().substring(12)), hr, Actors.HR_ROLE, null,
                        null, 1);
                latsarCompleted = true;
            });
        });
        LocalDate confirmation = registered.plusMonths(13 + random.nextInt(6)).withDayOfMonth(1);
        at(confirmation, 5, () -> {
            if (active && type == EmploymentType.CPNS && latsarCompleted) {
                Decree decree = decree("813.3", confirmation.minusDays(20));
                emit(new ConfirmAsPns(nip, confirmation, decree), hr, Actors.HR_ROLE, "pengangkatan PNS", decree, 1);
                type = EmploymentType.PNS;
            }
        });
    }

    private void planTrainings(int year, LocalDate registered) {
        LocalDate from = registered.getYear() == year ? registered.plusDays(7) : LocalDate.of(year, 1, 2);
        LocalDate to = LocalDate.of(year, 12, 10);
        if (!from.isBefore(to)) {
            return;
        }
        int count = 3 + random.nextInt(4);
        if (registered.getYear() == year) {
            count = Math.max(1, (int) Math.round(count * (to.toEpochDay() - from.toEpochDay()) / 342.0));
        }
        if (Programmes.participates(person.indexInUnit(), year)) {
            planProgramme(year, registered);
            count--;
        }
        for (int i = 0; i < count; i++) {
            LocalDate start = from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay()));
            planTraining(start);
        }
    }

    private void planTraining(LocalDate start) {
        Catalog.Unit unitInfo = Catalog.UNITS.get(person.unit());
        boolean specific = unitInfo.type() == Catalog.UnitType.EDUCATION || unitInfo.type() == Catalog.UnitType.HEALTH;
        Catalog.TrainingTemplate template;
        String organiser;
        if (specific && random.nextInt(100) < 55) {
            boolean education = unitInfo.type() == Catalog.UnitType.EDUCATION;
            template = Catalog.pick(random, education ? Catalog.EDUCATION_TRAININGS : Catalog.HEALTH_TRAININGS);
            organiser = Catalog.pick(random, education ? Catalog.EDUCATION_ORGANISERS : Catalog.HEALTH_ORGANISERS);
        } else {
            template = Catalog.pick(random, Catalog.TRAININGS);
            organiser = Catalog.pick(random, Catalog.ORGANISERS);
        }
        int planned = template.minHours() + random.nextInt(template.maxHours() - template.minHours() + 1);
        boolean completes = random.nextInt(100) < 96;
        int earned = random.nextInt(100) < 85 ? planned : Math.max(1, planned - 1 - random.nextInt(Math.max(1, planned / 4)));
        LocalDate completedOn = start.plusDays(template.days() - 1L);
        boolean revoke = random.nextInt(1000) < 6;
        UUID trainingId = uuid();
        at(start, 3, () -> {
            if (!active) {
                return;
            }
            emit(new AssignTraining(nip, trainingId, template.title(), template.kind(), organiser,
                    LessonHours.of(planned), start, false), hr, Actors.HR_ROLE, null, null, 1);
            if (!completes) {
                return;
            }
            at(completedOn, 4, () -> {
                if (!active) {
                    return;
                }
                long completion = emit(new RecordTrainingCompletion(nip, trainingId, LessonHours.of(earned),
                        completedOn, "SERT/" + completedOn.getYear() + "/" + Math.abs(trainingId.hashCode() % 100000)),
                        hr, Actors.HR_ROLE, null, null, 1);
                if (revoke) {
                    LocalDate revokedOn = completedOn.plusDays(30 + random.nextInt(60));
                    at(revokedOn, 8, () -> {
                        if (!active) {
                            return;
                        }
                        Decree decree = decree("800.1.3", revokedOn);
                        emitDeferred(ids -> new RevokeDecision(nip, ids.eventId(nip.value(), completion), revokedOn,
                                        "Kepala BKPSDM", decree), hr, Actors.HR_ROLE,
                                "sertifikat tidak dapat diverifikasi penyelenggara", decree, 1);
                    });
                }
            });
        });
    }

    private void planProgramme(int year, LocalDate registered) {
        Programmes.Plan programme = Programmes.of(agency, person.unit(), year, Programmes.slotOf(person.indexInUnit()));
        LocalDate enrolled = programme.start().minusDays(5 + random.nextInt(21));
        if (enrolled.isBefore(registered)) {
            return;
        }
        String programmeId = programme.id().toString();
        at(enrolled, 3, () -> {
            if (!active) {
                return;
            }
            emitOther(programmeId, new EnrolParticipant(programme.id(), nip, enrolled), hr);
            LocalDate completed = programme.end().plusDays(random.nextInt(4));
            at(completed, 4, () -> {
                if (!active) {
                    return;
                }
                boolean attended = random.nextInt(100) < 92;
                int earned = programme.lessonHours() - random.nextInt(Math.max(1, programme.lessonHours() / 10));
                emitOther(programmeId, new RecordProgrammeCompletion(programme.id(), nip, attended,
                        attended ? LessonHours.of(earned) : null, completed,
                        attended ? "PRG/" + year + "/" + nip.value().substring(14) : null), hr);
                if (attended) {
                    attendedProgrammes.add(programme.id());
                }
                if (random.nextInt(100) < 70) {
                    LocalDate evaluated = completed.plusDays(1 + random.nextInt(10));
                    int rating = Math.min(5, 2 + random.nextInt(4) + (random.nextInt(3) == 0 ? 1 : 0));
                    emitOther(programmeId, new RecordProgrammeEvaluation(programme.id(), nip, rating,
                            rating >= 4 ? "Materi relevan dengan tugas" : "Jadwal terlalu padat", evaluated), hr);
                }
            });
        });
    }

    private void planEvaluations(int year, LocalDate registered) {
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate periodStart = registered.isAfter(yearStart) ? registered : yearStart;
        if (!registered.isAfter(LocalDate.of(year, 5, 31))) {
            LocalDate recorded = LocalDate.of(year, 7, 3 + random.nextInt(18));
            at(recorded, 2, () -> evaluate(EvaluationKind.PERIODIC, year, periodStart, LocalDate.of(year, 6, 30), recorded));
        }
        if (!registered.isAfter(LocalDate.of(year, 10, 31))) {
            LocalDate recorded = LocalDate.of(year + 1, 1, 4 + random.nextInt(9));
            at(recorded, 2, () -> evaluate(EvaluationKind.ANNUAL, year, periodStart, LocalDate.of(year, 12, 31), recorded));
        }
    }

    private void evaluate(EvaluationKind kind, int year, LocalDate periodStart, LocalDate periodEnd, LocalDate recorded) {
        if (!active) {
            return;
        }
        Predicate predicate = drawPredicate();
        Rating[] ratings = ratingsFor(predicate);
        UUID evaluationId = uuid();
        long evaluation = emit(new RecordPerformanceEvaluation(nip, evaluationId, kind, year, periodStart, periodEnd,
                agency.superiorOf(nip, unit), ratings[0], ratings[1]), hr, Actors.HR_ROLE, null, null, 1);
        if (random.nextInt(1000) < 15) {
            Rating[] corrected = predicate.isAtLeastBaik()
                    ? (predicate == Predicate.SANGAT_BAIK ? new Rating[]{AS_EXPECTED, AS_EXPECTED}
                    : ratings[0] == AS_EXPECTED && ratings[1] == AS_EXPECTED ? new Rating[]{ABOVE_EXPECTATION, AS_EXPECTED}
                    : new Rating[]{AS_EXPECTED, AS_EXPECTED})
                    : new Rating[]{AS_EXPECTED, AS_EXPECTED};
            emitDeferred(ids -> new CorrectPerformanceEvaluation(nip, evaluationId, ids.eventId(nip.value(), evaluation),
                            corrected[0], corrected[1], "Atasan Pejabat Penilai Kinerja"), hr, Actors.HR_ROLE,
                    "keberatan pegawai dikabulkan", null, 1);
            predicate = PredicateMatrix.PERMENPANRB_6_2022.predicate(corrected[0], corrected[1]);
        }
        if (kind == EvaluationKind.ANNUAL) {
            annual.put(year, predicate);
        }
        if (!predicate.isAtLeastBaik() && random.nextInt(100) < 85) {
            coach(evaluationId, recorded);
        }
        if (kind == EvaluationKind.ANNUAL && predicate == Predicate.SANGAT_BAIK && random.nextInt(100) < 5) {
            LocalDate awarded = recorded.plusDays(40 + random.nextInt(30));
            Decree decree = decree("800.1.6", awarded);
            emit(new GrantAward(nip, uuid(), "Penghargaan Pegawai Berprestasi Tahun " + year, List.of(evaluationId),
                    awarded, decree), hr, Actors.HR_ROLE, "predikat kinerja Sangat Baik", decree, 1);
        }
    }

    private void coach(UUID evaluationId, LocalDate recorded) {
        LocalDate planned = recorded.plusDays(7 + random.nextInt(14));
        int sessions = 1 + random.nextInt(3);
        List<LocalDate> held = new ArrayList<>();
        LocalDate day = planned;
        for (int i = 0; i < sessions; i++) {
            day = day.plusDays(14 + random.nextInt(17));
            held.add(day);
        }
        LocalDate closed = day.plusDays(10 + random.nextInt(11));
        if (retirement != null && !closed.isBefore(retirement)) {
            return;
        }
        UUID coachingId = uuid();
        Nip coach = agency.superiorOf(nip, unit);
        emit(new PlanCoaching(nip, coachingId, evaluationId, coach, planned, Catalog.pick(random, Catalog.COACHING_GOALS)),
                hr, Actors.HR_ROLE, "tindak lanjut predikat di bawah Baik", null, 1);
        for (LocalDate session : held) {
            emit(new RecordCoachingSession(nip, coachingId, session, Catalog.pick(random, Catalog.COACHING_NOTES)), hr,
                    Actors.HR_ROLE, null, null, 1);
        }
        int draw = random.nextInt(100);
        CoachingOutcome outcome = draw < 60 ? CoachingOutcome.IMPROVED : draw < 90 ? CoachingOutcome.NOT_IMPROVED
                : CoachingOutcome.REFERRED;
        emit(new CloseCoaching(nip, coachingId, closed, outcome), hr, Actors.HR_ROLE, null, null, 1);
    }

    private void planPromotions(int year) {
        for (LocalDate date : PROMOTION_POLICY.promotionDatesIn(year)) {
            at(date.minusDays(12), 1, () -> promote(date));
        }
    }

    private void promote(LocalDate date) {
        if (candidateOn(date) == null || random.nextInt(100) >= 93) {
            return;
        }
        Rank target = RegularPromotion.nextRank(rank).orElseThrow();
        UUID proposalId = uuid();
        emit(new ProposePromotion(nip, proposalId, target, date), hr, Actors.HR_ROLE,
                "kenaikan pangkat reguler periode " + date, null, 1);
        if (random.nextInt(100) < 96) {
            Decree decree = decree("823.3", date.minusDays(5));
            emit(new GrantPromotion(nip, proposalId, decree), Actors.APPROVER, Actors.APPROVER_ROLE, null, decree, 1);
            rank = target;
            rankSince = date;
        } else {
            emit(new RejectPromotion(nip, proposalId, date.minusDays(5), "berkas usulan belum lengkap"),
                    Actors.SECOND_APPROVER, Actors.APPROVER_ROLE, "berkas usulan belum lengkap", null, 1);
        }
    }

    /** The promotion the person is due for on a promotion date, or null: the regular policy's own check. */
    private Candidate candidateOn(LocalDate date) {
        if (!active || rank == null) {
            return null;
        }
        Rank target = RegularPromotion.nextRank(rank).orElse(null);
        var candidate = new PromotionPolicy.Candidate(type, rank, rankSince, education, annual, sanctions.values());
        return PROMOTION_POLICY.check(candidate, target, date).isEmpty() ? new Candidate(target, date) : null;
    }

    private Candidate candidate(int year) {
        for (LocalDate date : PROMOTION_POLICY.promotionDatesIn(year)) {
            Candidate candidate = candidateOn(date);
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private void place() {
        if (!active || person.head()) {
            return;
        }
        LocalDate date = actionDate().isAfter(positionSince) ? actionDate() : positionSince.plusDays(30);
        if (date.getYear() > agency.lastYear() || retirement != null && !date.isBefore(retirement)) {
            return;
        }
        Catalog.Unit current = Catalog.UNITS.get(unit);
        int newUnit = unit;
        boolean general = current.type() == Catalog.UnitType.GENERAL || current.type() == Catalog.UnitType.DISTRICT;
        if (general && random.nextInt(100) < 35) {
            do {
                newUnit = random.nextInt(Catalog.UNITS.size());
            } while (Catalog.UNITS.get(newUnit).type() != Catalog.UnitType.GENERAL
                    && Catalog.UNITS.get(newUnit).type() != Catalog.UnitType.DISTRICT);
        }
        PositionKind kind = positionKind;
        if (type != EmploymentType.PPPK && education.compareTo(Education.BACHELOR) >= 0 && random.nextInt(100) < 25) {
            kind = kind == PositionKind.STAFF ? PositionKind.FUNCTIONAL
                    : kind == PositionKind.FUNCTIONAL ? PositionKind.SUPERVISOR
                    : kind == PositionKind.SUPERVISOR ? PositionKind.ADMINISTRATOR : kind;
        }
        String title = Positions.title(random, kind, Catalog.UNITS.get(newUnit), type);
        Decree decree = decree("821.2", date.minusDays(7));
        emit(new PlaceInPosition(nip, kind, title, agency.unitCode(newUnit), date, decree), hr, Actors.HR_ROLE,
                newUnit == unit ? "rotasi jabatan" : "mutasi antar perangkat daerah", decree, 1);
        unit = newUnit;
        positionKind = kind;
        positionSince = date;
    }

    private void upgradeEducation() {
        if (!active) {
            return;
        }
        Education next = switch (education) {
            case SENIOR_HIGH, DIPLOMA_3 -> Education.BACHELOR;
            case BACHELOR -> Education.MASTER;
            default -> null;
        };
        if (next == null) {
            return;
        }
        LocalDate graduated = actionDate();
        emit(new RecordEducation(nip, next, Catalog.pick(random, List.of("Universitas Sumatera Utara",
                "Universitas Terbuka", "Universitas Negeri Medan", "Universitas Muhammadiyah Sumatera Utara",
                "Universitas HKBP Nommensen")), graduated), hr, Actors.HR_ROLE, "ijazah tugas/izin belajar", null, 1);
        education = next;
    }

    private void sanction() {
        if (!active) {
            return;
        }
        LocalDate date = actionDate();
        int draw = random.nextInt(100);
        SanctionType sanctionType = draw < 20 ? SanctionType.ORAL_REPRIMAND : draw < 40 ? SanctionType.WRITTEN_REPRIMAND
                : draw < 50 ? SanctionType.WRITTEN_DISSATISFACTION : draw < 85 ? SanctionType.ALLOWANCE_CUT
                : draw < 91 ? SanctionType.DEMOTION : draw < 96 ? SanctionType.RELEASE_FROM_POSITION
                : SanctionType.DISMISSAL;
        int months = switch (sanctionType) {
            case ALLOWANCE_CUT -> List.of(6, 9, 12).get(random.nextInt(3));
            case DEMOTION, RELEASE_FROM_POSITION -> 12;
            default -> 0;
        };
        List<Nip> team = sanctionType.level() == SanctionLevel.HEAVY ? agency.examinationTeam(nip, unit)
                : sanctionType.level() == SanctionLevel.MEDIUM && random.nextBoolean()
                ? agency.examinationTeam(nip, unit) : List.of();
        UUID sanctionId = uuid();
        Decree decree = decree("862.3", date.minusDays(3));
        boolean dismissal = sanctionType == SanctionType.DISMISSAL;
        String grounds = dismissal ? "tidak masuk kerja tanpa alasan sah 28 hari kerja"
                : "pelanggaran disiplin PP 94/2021";
        if (sanctionType.level() == SanctionLevel.HEAVY) {
            // four eyes: HR proposes a heavy sanction, an approving official imposes it as proposed
            UUID proposalId = uuid();
            emit(new ProposeHeavySanction(nip, proposalId, sanctionType, months, date, team), hr, Actors.HR_ROLE,
                    grounds, null, 1);
            emit(new ImposeSanction(nip, sanctionId, sanctionType, months, date, decree, List.of(), proposalId),
                    Actors.APPROVER, Actors.APPROVER_ROLE, grounds, decree, dismissal ? 2 : 1);
        } else {
            emit(new ImposeSanction(nip, sanctionId, sanctionType, months, date, decree, team), hr, Actors.HR_ROLE,
                    grounds, decree, 1);
        }
        sanctions.put(sanctionId, new Sanction(sanctionId, sanctionType, date, date.plusMonths(months)));
        if (dismissal) {
            active = false;
            return;
        }
        if (random.nextInt(100) < 10) {
            LocalDate revokedOn = date.plusDays(60 + random.nextInt(60));
            at(revokedOn, 6, () -> {
                if (!active) {
                    return;
                }
                Decree appeal = decree("800.1.3", revokedOn);
                emit(new RevokeSanction(nip, sanctionId, revokedOn, "Badan Pertimbangan ASN", appeal), hr,
                        Actors.HR_ROLE, "banding administratif dikabulkan", appeal, 1);
                sanctions.remove(sanctionId);
            });
        }
    }

    private void correctIdentity() {
        if (!active) {
            return;
        }
        String corrected = Names.corrected(random, fullName);
        if (corrected.equals(fullName)) {
            return;
        }
        LocalDate date = actionDate();
        Decree decree = new Decree("KEP-BKN/" + (1000 + random.nextInt(9000)) + "/" + date.getYear(), date);
        emit(new CorrectIdentity(nip, corrected, date, decree), hr, Actors.HR_ROLE,
                "perbaikan data sesuai ijazah dan akta kelahiran", decree, 1);
        fullName = corrected;
    }

    // ---------------------------------------------------------------- helpers

    private LocalDate currentDate;

    private LocalDate actionDate() {
        return currentDate;
    }

    private void at(LocalDate date, int priority, Runnable run) {
        actions.add(new Action(date, priority, order++, () -> {
            currentDate = date;
            run.run();
        }));
    }

    /** Appends a command to the person's own record; answers the sequence number of its (first) event. */
    private long emit(Object command, String actor, String role, String reason, Decree legalBasis, int events) {
        steps.add(new Step(nip.value(), command, null, actor, role, reason, legalBasis, events));
        long first = sequence;
        sequence += events;
        return first;
    }

    private void emitDeferred(Function<Step.EventIds, Object> command, String actor, String role, String reason,
                              Decree legalBasis, int events) {
        steps.add(new Step(nip.value(), null, command, actor, role, reason, legalBasis, events));
        sequence += events;
    }

    private void emitOther(String aggregate, Object command, String actor) {
        steps.add(new Step(aggregate, command, null, actor, Actors.HR_ROLE, null, null, 0));
    }

    private LocalDate randomDay(int year) {
        return LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private Decree decree(String classification, LocalDate date) {
        return new Decree(classification + "/" + (1 + random.nextInt(9999)) + "/BKPSDM/" + date.getYear(), date);
    }

    private Predicate drawPredicate() {
        int draw = random.nextInt(1000);
        return switch (performer) {
            case 0 -> draw < 400 ? Predicate.SANGAT_BAIK : draw < 980 ? Predicate.BAIK : Predicate.BUTUH_PERBAIKAN;
            case 1 -> draw < 60 ? Predicate.SANGAT_BAIK : draw < 940 ? Predicate.BAIK
                    : draw < 985 ? Predicate.BUTUH_PERBAIKAN : draw < 997 ? Predicate.KURANG : Predicate.SANGAT_KURANG;
            default -> draw < 550 ? Predicate.BAIK : draw < 850 ? Predicate.BUTUH_PERBAIKAN
                    : draw < 970 ? Predicate.KURANG : Predicate.SANGAT_KURANG;
        };
    }

    /** Work result and work behaviour ratings that the matrix turns into the predicate. */
    private Rating[] ratingsFor(Predicate predicate) {
        int draw = random.nextInt(100);
        return switch (predicate) {
            case SANGAT_BAIK -> new Rating[]{ABOVE_EXPECTATION, ABOVE_EXPECTATION};
            case BAIK -> draw < 60 ? new Rating[]{AS_EXPECTED, AS_EXPECTED}
                    : draw < 80 ? new Rating[]{ABOVE_EXPECTATION, AS_EXPECTED} : new Rating[]{AS_EXPECTED, ABOVE_EXPECTATION};
            case BUTUH_PERBAIKAN -> draw < 80 ? new Rating[]{BELOW_EXPECTATION, AS_EXPECTED}
                    : new Rating[]{BELOW_EXPECTATION, ABOVE_EXPECTATION};
            case KURANG -> draw < 85 ? new Rating[]{AS_EXPECTED, BELOW_EXPECTATION}
                    : new Rating[]{ABOVE_EXPECTATION, BELOW_EXPECTATION};
            case SANGAT_KURANG -> new Rating[]{BELOW_EXPECTATION, BELOW_EXPECTATION};
        };
    }

}
