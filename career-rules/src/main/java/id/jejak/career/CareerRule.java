package id.jejak.career;

import id.jejak.career.promotion.RegularPromotion;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of career rules: each rule's stable code, and its message in Indonesian and English with
 * {@code {fact}} placeholders filled from the facts that failed it. Callers on both sides and the benchmark name a
 * rule by its constant here, never by a string of their own.
 */
public enum CareerRule {

    PROMOTION_ONLY_FOR_PNS(Topic.REGULAR_PROMOTION,
            "kenaikan pangkat reguler hanya untuk PNS (saat ini {employmentType})",
            "regular promotion is for PNS only (now {employmentType})"),
    PROMOTION_DATE_NOT_ALLOWED(Topic.REGULAR_PROMOTION,
            "TMT {effectiveDate} bukan periode kenaikan pangkat ({promotionDates}; kebijakan {policyVersion})",
            "{effectiveDate} is not a promotion date ({promotionDates}; policy {policyVersion})"),
    PROMOTION_NOT_NEXT_RANK(Topic.REGULAR_PROMOTION,
            "kenaikan pangkat reguler hanya ke golongan berikutnya: dari {rank} ke {nextRank}, bukan {targetRank}",
            "a regular promotion goes to the next rank only: from {rank} to {nextRank}, not {targetRank}"),
    PROMOTION_NO_HIGHER_RANK(Topic.REGULAR_PROMOTION,
            "golongan {rank} adalah golongan tertinggi",
            "rank {rank} is the highest"),
    PROMOTION_MIN_YEARS_IN_RANK(Topic.REGULAR_PROMOTION,
            "masa kerja dalam golongan belum " + RegularPromotion.MINIMUM_YEARS_IN_RANK
                    + " tahun: golongan sejak {rankSince}, baru memenuhi pada {eligibleFrom}",
            "less than " + RegularPromotion.MINIMUM_YEARS_IN_RANK
                    + " years in rank: held since {rankSince}, eligible from {eligibleFrom}"),
    PROMOTION_PREDICATES_BELOW_BAIK(Topic.REGULAR_PROMOTION,
            "predikat kinerja tahunan " + RegularPromotion.YEARS_OF_PREDICATES
                    + " tahun terakhir harus paling rendah Baik ({annualPredicates})",
            "the annual predicates of the last " + RegularPromotion.YEARS_OF_PREDICATES
                    + " years must be at least Baik ({annualPredicates})"),
    PROMOTION_SANCTION_IN_FORCE(Topic.REGULAR_PROMOTION,
            "sedang menjalani hukuman disiplin {sanctionType} (berlaku {sanctionFrom} sampai sebelum "
                    + "{sanctionEndsOn}) pada TMT {effectiveDate}",
            "the disciplinary sanction {sanctionType} (in force from {sanctionFrom} until the day before "
                    + "{sanctionEndsOn}) runs on {effectiveDate}"),
    PROMOTION_EDUCATION_UNKNOWN(Topic.REGULAR_PROMOTION,
            "pendidikan tertinggi belum tercatat, sehingga batas pangkatnya tidak diketahui",
            "the highest education is not recorded, so the rank ceiling is unknown"),
    PROMOTION_ABOVE_EDUCATION_CEILING(Topic.REGULAR_PROMOTION,
            "golongan {targetRank} melampaui batas pangkat untuk pendidikan {education} ({ceiling}; kebijakan "
                    + "{policyVersion})",
            "rank {targetRank} is above the ceiling for {education} ({ceiling}; policy {policyVersion})");

    /** What a group of rules decides, named in the title of a refusal by them. */
    public enum Topic {
        REGULAR_PROMOTION("Kenaikan pangkat reguler ditolak", "Regular promotion refused");

        private final String indonesian;
        private final String english;

        Topic(String indonesian, String english) {
            this.indonesian = indonesian;
            this.english = english;
        }

        public String title(Locale locale) {
            return FactText.english(locale) ? english : indonesian;
        }
    }

    private final Topic topic;
    private final String indonesian;
    private final String english;

    CareerRule(Topic topic, String indonesian, String english) {
        this.topic = topic;
        this.indonesian = indonesian;
        this.english = english;
    }

    public Topic topic() {
        return topic;
    }

    /** The rule of this code, if the catalogue has one. */
    public static Optional<CareerRule> byCode(String code) {
        return Arrays.stream(values()).filter(rule -> rule.name().equals(code)).findFirst();
    }

    /**
     * The rule's sentence in the reader's language (Indonesian unless English is asked for), its facts written as a
     * reader of that language reads them. The facts may be the values themselves or their JSON form (a rule's facts
     * cross the command bus as data), and both read the same.
     */
    public String message(Map<String, ?> facts, Locale locale) {
        String clause = clause(facts, locale);
        return Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
    }

    /** The message as a clause within another sentence: "…granted although {clause}". */
    public String clause(Map<String, ?> facts, Locale locale) {
        String text = FactText.english(locale) ? english : indonesian;
        for (Map.Entry<String, ?> fact : facts.entrySet()) {
            text = text.replace("{" + fact.getKey() + "}", FactText.of(fact.getValue(), locale));
        }
        return text;
    }
}
