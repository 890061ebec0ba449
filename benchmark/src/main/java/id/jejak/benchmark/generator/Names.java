package id.jejak.benchmark.generator;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Sex;

import java.util.SplittableRandom;

/** Indonesian names as a North Sumatran agency has them: Batak marga, Javanese and Malay names, academic degrees. */
final class Names {

    private Names() {
    }

    static String fullName(SplittableRandom random, Sex sex, Education education, Catalog.UnitType unit) {
        boolean male = sex == Sex.MALE;
        String first = Catalog.pick(random, male ? Catalog.MALE_FIRST : Catalog.FEMALE_FIRST);
        String second = Catalog.pick(random, male ? Catalog.MALE_SECOND : Catalog.FEMALE_SECOND);
        String marga = Catalog.pick(random, Catalog.MARGA);
        int form = random.nextInt(100);
        String name;
        if (form < 45) {
            name = first + " " + marga;
        } else if (form < 70) {
            name = first + " " + second;
        } else if (form < 85) {
            name = first + " " + second + " " + marga;
        } else {
            name = first;
        }
        return degrees(random, name, education, unit);
    }

    /** A differently spelled name, as a BKN identity correction fixes it. */
    static String corrected(SplittableRandom random, String fullName) {
        if (fullName.contains("Muhammad")) {
            return fullName.replace("Muhammad", "Muhamad");
        }
        if (fullName.contains("Nurhayati")) {
            return fullName.replace("Nurhayati", "Nur Hayati");
        }
        int comma = fullName.indexOf(',');
        String bare = comma < 0 ? fullName : fullName.substring(0, comma);
        String suffix = comma < 0 ? "" : fullName.substring(comma);
        return random.nextBoolean() ? bare + "h" + suffix : bare.replace("i ", "y ") + (bare.contains("i ") ? "" : "a") + suffix;
    }

    private static String degrees(SplittableRandom random, String name, Education education, Catalog.UnitType unit) {
        return switch (education) {
            case DIPLOMA_3 -> name + (unit == Catalog.UnitType.HEALTH ? ", A.Md.Kep." : ", A.Md.");
            case BACHELOR -> name + switch (unit) {
                case EDUCATION -> ", S.Pd.";
                case HEALTH -> random.nextInt(4) == 0 ? ", S.Farm." : ", S.Kep.";
                case DISTRICT -> random.nextBoolean() ? ", S.STP." : ", S.Sos.";
                default -> Catalog.pick(random, java.util.List.of(", S.E.", ", S.H.", ", S.Sos.", ", S.T.", ", S.Kom.",
                        ", S.AP."));
            };
            case MASTER -> name + (unit == Catalog.UnitType.EDUCATION ? ", S.Pd., M.Pd."
                    : Catalog.pick(random, java.util.List.of(", S.E., M.Si.", ", S.H., M.H.", ", S.T., M.T.",
                    ", S.Sos., M.AP.", ", S.Kom., M.Kom.")));
            case DOCTORATE -> "Dr. " + name + Catalog.pick(random, java.util.List.of(", M.Si.", ", M.AP.", ", M.Pd."));
            default -> name;
        };
    }
}
