package id.jejak.benchmark.generator;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.PositionKind;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.Sex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A regional agency's staff as it stands when the generated history begins: who they are (NIP, name, sex, birth,
 * appointment), where they work, their education, rank and position. Built sequentially and deterministically from a
 * seed, so NIPs are unique; each person's history is then generated on its own from the person's seed.
 */
public final class Agency {

    /** How a person enters the history: on the staff at its start, or appointed during it. */
    public enum Entry { EXISTING, NEW_CPNS, NEW_PPPK }

    /** One civil servant as the roster knows them at the start. */
    public record Person(int index, Nip nip, String fullName, Sex sex, LocalDate birthDate, YearMonth appointment,
                         Entry entry, EmploymentType employmentType, Education education, Rank rank,
                         LocalDate rankSince, int unit, int indexInUnit, boolean head, PositionKind positionKind,
                         String position, LocalDate registeredOn, long seed) {
    }

    /** The acting mayor (Pj. Wali Kota), a civil servant seconded from the ministry: evaluates the Sekda. */
    public static final Nip REGIONAL_HEAD = Nip.of("196805121990031003");

    private final long seed;
    private final int firstYear;
    private final int years;
    private final List<Person> persons;
    private final int[] unitSizes = new int[Catalog.UNITS.size()];
    private final int[] heads = new int[Catalog.UNITS.size()];

    /**
     * @param size      the number of civil servants
     * @param firstYear the first year of the history
     * @param years     how many years it covers
     */
    public Agency(long seed, int size, int firstYear, int years) {
        this.seed = seed;
        this.firstYear = firstYear;
        this.years = years;
        this.persons = new ArrayList<>(size);
        java.util.Arrays.fill(heads, -1);
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> nips = new HashSet<>();
        nips.add(REGIONAL_HEAD.value());
        double total = Catalog.UNITS.stream().mapToDouble(Catalog.Unit::weight).sum();
        for (int index = 0; index < size; index++) {
            persons.add(person(index, random.split(), nips, total));
        }
    }

    public long seed() {
        return seed;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return firstYear + years - 1;
    }

    /** The day the existing staff were entered into Jejak (the data migration): the first Monday-ish of the window. */
    public LocalDate start() {
        return LocalDate.of(firstYear, 1, 4);
    }

    public List<Person> persons() {
        return persons;
    }

    public int unitCount() {
        return Catalog.UNITS.size();
    }

    public String unitCode(int unit) {
        return Catalog.UNITS.get(unit).code();
    }

    public int unitSize(int unit) {
        return unitSizes[unit];
    }

    public int unitOf(String code) {
        for (int unit = 0; unit < Catalog.UNITS.size(); unit++) {
            if (Catalog.UNITS.get(unit).code().equals(code)) {
                return unit;
            }
        }
        throw new IllegalArgumentException(code);
    }

    /** The head of a unit, who evaluates and coaches its staff; the Sekda for a unit that has none. */
    public Nip headOf(int unit) {
        int head = heads[unit] >= 0 ? heads[unit] : heads[0];
        return head >= 0 ? persons.get(head).nip() : REGIONAL_HEAD;
    }

    /** Who evaluates (and coaches) a person working in a unit: its head, the Sekda for a head, the mayor for the Sekda. */
    public Nip superiorOf(Nip nip, int unit) {
        Nip head = headOf(unit);
        if (!head.equals(nip)) {
            return head;
        }
        Nip sekda = headOf(0);
        return sekda.equals(nip) ? REGIONAL_HEAD : sekda;
    }

    /** Members of the examination team (Tim Pemeriksa) for a heavy sanction: inspectorate, BKPSDM and the superior. */
    public List<Nip> examinationTeam(Nip examined, int unit) {
        List<Nip> team = new ArrayList<>();
        for (Nip candidate : List.of(headOf(2), headOf(4), superiorOf(examined, unit), REGIONAL_HEAD)) {
            if (!candidate.equals(examined) && !team.contains(candidate) && team.size() < 3) {
                team.add(candidate);
            }
        }
        return team;
    }

    private Person person(int index, SplittableRandom random, Set<String> nips, double totalWeight) {
        boolean head = index < Catalog.UNITS.size();
        int unit = head ? index : weightedUnit(random, totalWeight);
        Catalog.Unit unitInfo = Catalog.UNITS.get(unit);
        int indexInUnit = unitSizes[unit]++;
        if (head) {
            heads[unit] = index;
        }
        Sex sex = random.nextInt(100) < (unitInfo.type() == Catalog.UnitType.GENERAL || head ? 45 : 62)
                ? Sex.FEMALE : Sex.MALE;
        Entry entry = head ? Entry.EXISTING : entry(random);
        LocalDate start = start();
        YearMonth appointment;
        LocalDate birth;
        if (entry == Entry.EXISTING) {
            int birthYear = head ? firstYear - 55 + random.nextInt(10) : firstYear - 57 + random.nextInt(36);
            birth = LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(365));
            int appointedYear = Math.min(birthYear + 21 + random.nextInt(13), firstYear - 1);
            appointment = YearMonth.of(Math.max(appointedYear, birthYear + 19), 1 + random.nextInt(12));
        } else {
            int appointedYear = entry == Entry.NEW_CPNS ? firstYear + random.nextInt(Math.max(1, years - 1))
                    : firstYear + 1 + random.nextInt(Math.max(1, years - 2));
            appointment = YearMonth.of(appointedYear, entry == Entry.NEW_CPNS ? 1 + random.nextInt(12)
                    : (random.nextBoolean() ? 1 : 4 + random.nextInt(6)));
            int age = entry == Entry.NEW_CPNS ? 22 + random.nextInt(12) : 25 + random.nextInt(20);
            birth = LocalDate.of(appointedYear - age, 1, 1).plusDays(random.nextInt(365));
        }
        Education education = head ? (random.nextInt(10) < 7 ? Education.MASTER : Education.DOCTORATE)
                : education(random, unitInfo.type());
        EmploymentType type = switch (entry) {
            case EXISTING -> EmploymentType.PNS;
            case NEW_CPNS -> EmploymentType.CPNS;
            case NEW_PPPK -> EmploymentType.PPPK;
        };
        LocalDate registeredOn = entry == Entry.EXISTING ? start : appointment.atDay(1);
        Rank rank = null;
        LocalDate rankSince = null;
        if (type != EmploymentType.PPPK) {
            Rank entryRank = entryRank(education);
            Rank ceiling = PersonHistory.PROMOTION_POLICY.ceiling(education).orElseThrow();
            if (entry == Entry.NEW_CPNS) {
                rank = entryRank;
                rankSince = registeredOn;
            } else if (head) {
                rank = ceiling;
                rankSince = roundDownToPeriod(start.minusMonths(6 + random.nextInt(60)));
            } else {
                double service = (start.toEpochDay() - appointment.atDay(1).toEpochDay()) / 365.25;
                int steps = (int) (service / (4.0 + random.nextDouble() * 1.5));
                rank = Rank.values()[Math.min(entryRank.ordinal() + steps, ceiling.ordinal())];
                if (rank == entryRank) {
                    rankSince = appointment.atDay(1);
                } else {
                    LocalDate since = roundDownToPeriod(start.minusMonths(1 + random.nextInt(58)));
                    rankSince = since.isBefore(appointment.atDay(1)) ? appointment.atDay(1) : since;
                }
            }
        }
        PositionKind kind;
        String position;
        if (head) {
            kind = PositionKind.SENIOR_EXECUTIVE;
            position = unitInfo.headTitle();
        } else {
            kind = positionKind(random, unitInfo.type(), education, type);
            position = Positions.title(random, kind, unitInfo, type);
        }
        String nip = nip(birth, appointment, sex, nips);
        String name = Names.fullName(random, sex, education, unitInfo.type());
        return new Person(index, Nip.of(nip), name, sex, birth, appointment, entry, type, education, rank, rankSince,
                unit, indexInUnit, head, kind, position, registeredOn, random.nextLong());
    }

    private int weightedUnit(SplittableRandom random, double total) {
        double point = random.nextDouble() * total;
        for (int unit = 0; unit < Catalog.UNITS.size(); unit++) {
            point -= Catalog.UNITS.get(unit).weight();
            if (point < 0) {
                return unit;
            }
        }
        return 0;
    }

    private static Entry entry(SplittableRandom random) {
        int draw = random.nextInt(100);
        return draw < 7 ? Entry.NEW_CPNS : draw < 11 ? Entry.NEW_PPPK : Entry.EXISTING;
    }

    private static Education education(SplittableRandom random, Catalog.UnitType type) {
        int draw = random.nextInt(100);
        return switch (type) {
            case EDUCATION -> draw < 5 ? Education.SENIOR_HIGH : draw < 8 ? Education.DIPLOMA_3
                    : draw < 88 ? Education.BACHELOR : Education.MASTER;
            case HEALTH -> draw < 10 ? Education.SENIOR_HIGH : draw < 55 ? Education.DIPLOMA_3
                    : draw < 95 ? Education.BACHELOR : Education.MASTER;
            default -> draw < 1 ? Education.ELEMENTARY : draw < 3 ? Education.JUNIOR_HIGH
                    : draw < 28 ? Education.SENIOR_HIGH : draw < 40 ? Education.DIPLOMA_3
                    : draw < 88 ? Education.BACHELOR : Education.MASTER;
        };
    }

    /** The rank a CPNS is appointed in, by education (PP 99/2000 as practised). */
    static Rank entryRank(Education education) {
        return switch (education) {
            case ELEMENTARY -> Rank.I_A;
            case JUNIOR_HIGH -> Rank.I_C;
            case SENIOR_HIGH, DIPLOMA_1 -> Rank.II_A;
            case DIPLOMA_2 -> Rank.II_B;
            case DIPLOMA_3 -> Rank.II_C;
            case BACHELOR -> Rank.III_A;
            case MASTER -> Rank.III_B;
            case DOCTORATE -> Rank.III_C;
        };
    }

    private static PositionKind positionKind(SplittableRandom random, Catalog.UnitType type, Education education,
                                             EmploymentType employmentType) {
        int draw = random.nextInt(100);
        if (employmentType == EmploymentType.PPPK) {
            return type == Catalog.UnitType.GENERAL || type == Catalog.UnitType.DISTRICT
                    ? (draw < 50 ? PositionKind.FUNCTIONAL : PositionKind.STAFF) : PositionKind.FUNCTIONAL;
        }
        boolean graduate = education.compareTo(Education.BACHELOR) >= 0;
        if (graduate && draw < 3) {
            return PositionKind.ADMINISTRATOR;
        }
        if (graduate && draw < 11) {
            return PositionKind.SUPERVISOR;
        }
        int functional = switch (type) {
            case EDUCATION -> 88;
            case HEALTH -> 75;
            default -> 35;
        };
        return draw < functional ? PositionKind.FUNCTIONAL : PositionKind.STAFF;
    }

    /** Promotions before 2024 took effect on 1 April or 1 October. */
    private static LocalDate roundDownToPeriod(LocalDate date) {
        LocalDate october = LocalDate.of(date.getYear(), 10, 1);
        LocalDate april = LocalDate.of(date.getYear(), 4, 1);
        if (!date.isBefore(october)) {
            return october;
        }
        return !date.isBefore(april) ? april : LocalDate.of(date.getYear() - 1, 10, 1);
    }

    private static String nip(LocalDate birth, YearMonth appointment, Sex sex, Set<String> taken) {
        String prefix = String.format("%04d%02d%02d%04d%02d%d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), appointment.getYear(), appointment.getMonthValue(), sex == Sex.MALE ? 1 : 2);
        for (int sequence = 1; sequence < 1000; sequence++) {
            String nip = prefix + String.format("%03d", sequence);
            if (taken.add(nip)) {
                return nip;
            }
        }
        throw new IllegalStateException("a thousand NIPs with the prefix " + prefix);
    }
}
