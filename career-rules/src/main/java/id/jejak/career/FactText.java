package id.jejak.career;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.Predicate;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A fact as a reader reads it: a rank by its code (III/b), a sanction or an education by its name in the reader's
 * language, a predicate by its Indonesian name (the regulation's term in both languages), the years' predicates as
 * {@code 2024: Baik, 2025: tidak ada}. A fact that crossed the bus as JSON (an enum's name, a rank's code, a map
 * with string keys) reads the same as the value.
 */
public final class FactText {

    /** How facts write an absent value. */
    static final String NONE = "-";

    private static final Map<String, String[]> NAMES = new HashMap<>();

    static {
        name(SanctionType.ORAL_REPRIMAND, "teguran lisan", "oral reprimand");
        name(SanctionType.WRITTEN_REPRIMAND, "teguran tertulis", "written reprimand");
        name(SanctionType.WRITTEN_DISSATISFACTION, "pernyataan tidak puas secara tertulis",
                "written statement of dissatisfaction");
        name(SanctionType.ALLOWANCE_CUT, "pemotongan tunjangan kinerja 25%", "performance allowance cut of 25%");
        name(SanctionType.DEMOTION, "penurunan jabatan setingkat lebih rendah", "demotion by one grade");
        name(SanctionType.RELEASE_FROM_POSITION, "pembebasan dari jabatan menjadi jabatan pelaksana",
                "release from position to a staff post");
        name(SanctionType.DISMISSAL, "pemberhentian dengan hormat tidak atas permintaan sendiri",
                "honourable dismissal not at own request");
        name(Education.ELEMENTARY, "SD", "elementary school");
        name(Education.JUNIOR_HIGH, "SMP", "junior high school");
        name(Education.SENIOR_HIGH, "SMA", "senior high school");
        name(Education.DIPLOMA_1, "D-I", "one-year diploma (D-I)");
        name(Education.DIPLOMA_2, "D-II", "two-year diploma (D-II)");
        name(Education.DIPLOMA_3, "D-III", "three-year diploma (D-III)");
        name(Education.BACHELOR, "S1/D-IV", "bachelor's degree");
        name(Education.MASTER, "S2", "master's degree");
        name(Education.DOCTORATE, "S3", "doctorate");
        name(Predicate.SANGAT_BAIK, "Sangat Baik", "Sangat Baik");
        name(Predicate.BAIK, "Baik", "Baik");
        name(Predicate.BUTUH_PERBAIKAN, "Butuh Perbaikan", "Butuh Perbaikan");
        name(Predicate.KURANG, "Kurang", "Kurang");
        name(Predicate.SANGAT_KURANG, "Sangat Kurang", "Sangat Kurang");
        for (Rank rank : Rank.values()) {
            name(rank, rank.code(), rank.code());
        }
        NAMES.put(NONE, new String[]{"tidak ada", "none"});
    }

    private FactText() {
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public static String of(Object value, Locale locale) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> of(entry.getKey(), locale) + ": " + of(entry.getValue(), locale))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(each -> of(each, locale)).collect(Collectors.joining(", "));
        }
        String text = value == null ? NONE : value instanceof Enum<?> constant ? constant.name() : value.toString();
        String[] names = NAMES.get(text);
        return names == null ? text : names[english(locale) ? 1 : 0];
    }

    private static void name(Enum<?> constant, String indonesian, String english) {
        NAMES.put(constant.name(), new String[]{indonesian, english});
    }
}
