package id.jejak.benchmark.generator;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.development.ApproveDevelopmentPlan;
import id.jejak.kernel.development.CompetencyCategory;
import id.jejak.kernel.development.DevelopmentKind;
import id.jejak.kernel.development.DevelopmentPlanId;
import id.jejak.kernel.development.IdentifyDevelopmentNeed;
import id.jejak.kernel.development.NeedSource;
import id.jejak.kernel.development.PlanItem;
import id.jejak.kernel.development.ProposeDevelopmentPlan;
import id.jejak.kernel.development.RecordPlanRealisation;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.workunit.UnitCode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Each unit's annual development plans, drawn once the people's histories are loaded, because a plan names people
 * who may still be developed (in service today) and its realisation names a programme they attended: for every
 * programme of a unit and year, a competency-gap need of the staff who were to take part in it and are still in
 * service; one plan a unit and year with an item a programme answering those needs, proposed by HR and approved by
 * the PPK (four eyes); and each item realised by those who attended the programme to the end.
 */
public final class DevelopmentPlans {

    private static final String PLANNER = "hr.diklat";

    private DevelopmentPlans() {
    }

    /** The unit's needs, plans and realisations over the history, in the order they are sent. */
    public static List<Step> generate(Agency agency, int unit, PersonHistory.End[] ends) {
        String code = agency.unitCode(unit);
        UnitCode unitCode = UnitCode.of(code);
        int slots = (agency.unitSize(unit) + Programmes.STAFF_PER_PROGRAMME - 1) / Programmes.STAFF_PER_PROGRAMME;
        List<Step> steps = new ArrayList<>();
        for (int year = agency.firstYear(); year <= agency.lastYear(); year++) {
            DevelopmentPlanId planId = new DevelopmentPlanId(unitCode, year);
            List<PlanItem> items = new ArrayList<>();
            List<Step> realisations = new ArrayList<>();
            for (int slot = 0; slot < slots; slot++) {
                Programmes.Plan programme = Programmes.of(agency, unit, year, slot);
                List<PersonHistory.End> people = participants(ends, unit, year, slot);
                if (people.isEmpty()) {
                    continue;
                }
                List<Nip> nips = people.stream().map(end -> end.person().nip()).toList();
                UUID needId = uuid("need", agency, unit, year, slot);
                SplittableRandom random = new SplittableRandom(needId.getMostSignificantBits());
                steps.add(new Step(needId.toString(), new IdentifyDevelopmentNeed(needId, unitCode, nips,
                        NeedSource.COMPETENCY_GAP, null, null, CompetencyCategory.TECHNICAL, programme.title(),
                        1 + random.nextInt(2), 3, "analisis kesenjangan kompetensi " + year,
                        LocalDate.of(year, 1, 5 + random.nextInt(10))), null, PLANNER, Actors.HR_ROLE,
                        "analisis kebutuhan pengembangan kompetensi", null, 1));
                UUID itemId = uuid("item", agency, unit, year, slot);
                BigDecimal perPerson = BigDecimal.valueOf(500_000L + 250_000L * random.nextInt(8));
                items.add(new PlanItem(itemId, List.of(needId), nips, CompetencyCategory.TECHNICAL, programme.kind(),
                        programme.title(), LessonHours.of(programme.lessonHours()), programme.partner().name(),
                        (programme.start().getMonthValue() - 1) / 3 + 1, perPerson.multiply(BigDecimal.valueOf(nips.size()))));
                for (PersonHistory.End person : people) {
                    if (person.attendedProgrammes().contains(programme.id())) {
                        realisations.add(new Step(planId.toString(), new RecordPlanRealisation(planId, itemId,
                                person.person().nip(), DevelopmentKind.PROGRAMME, programme.id(), perPerson), null,
                                PLANNER, Actors.HR_ROLE, "realisasi rencana pengembangan kompetensi", null, 1));
                    }
                }
            }
            if (items.isEmpty()) {
                continue;
            }
            steps.add(new Step(planId.toString(), new ProposeDevelopmentPlan(planId, items), null, PLANNER,
                    Actors.HR_ROLE, "rencana pengembangan kompetensi " + year, null, 1));
            steps.add(new Step(planId.toString(), new ApproveDevelopmentPlan(planId, LocalDate.of(year, 1, 28)), null,
                    Actors.APPROVER, Actors.APPROVER_ROLE, "persetujuan rencana pengembangan kompetensi", null, 1));
            steps.addAll(realisations);
        }
        return steps;
    }

    /** The unit's staff numbered for the programme's slot who were to take part that year and are in service today. */
    private static List<PersonHistory.End> participants(PersonHistory.End[] ends, int unit, int year, int slot) {
        List<PersonHistory.End> people = new ArrayList<>();
        for (PersonHistory.End end : ends) {
            Agency.Person person = end.person();
            if (end.active() && person.unit() == unit && Programmes.slotOf(person.indexInUnit()) == slot
                    && Programmes.participates(person.indexInUnit(), year) && person.registeredOn().getYear() <= year) {
                people.add(end);
            }
        }
        return people;
    }

    private static UUID uuid(String kind, Agency agency, int unit, int year, int slot) {
        return UUID.nameUUIDFromBytes((kind + ":" + agency.seed() + ":" + unit + ":" + year + ":" + slot)
                .getBytes(StandardCharsets.UTF_8));
    }
}
