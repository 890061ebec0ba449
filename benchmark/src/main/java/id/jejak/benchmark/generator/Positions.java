package id.jejak.benchmark.generator;

import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.PositionKind;

import java.util.SplittableRandom;

/** Position titles by kind and unit. */
final class Positions {

    private Positions() {
    }

    static String title(SplittableRandom random, PositionKind kind, Catalog.Unit unit, EmploymentType type) {
        String title = switch (kind) {
            case SENIOR_EXECUTIVE -> unit.headTitle();
            case ADMINISTRATOR -> Catalog.pick(random, Catalog.ADMINISTRATORS);
            case SUPERVISOR -> Catalog.pick(random, Catalog.SUPERVISORS);
            case FUNCTIONAL -> switch (unit.type()) {
                case EDUCATION -> Catalog.pick(random, Catalog.EDUCATION_FUNCTIONAL);
                case HEALTH -> Catalog.pick(random, Catalog.HEALTH_FUNCTIONAL);
                default -> Catalog.pick(random, Catalog.GENERAL_FUNCTIONAL);
            };
            case STAFF -> Catalog.pick(random, Catalog.STAFF);
        };
        return type == EmploymentType.PPPK ? title + " (PPPK)" : title;
    }
}
