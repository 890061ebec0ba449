package id.jejak.query.report;

import id.jejak.career.promotion.PromotionPolicy;
import id.jejak.career.workunit.UnitNames;
import id.jejak.platform.web.Csv;
import id.jejak.query.web.InvalidParameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HR's reports, read from the reports projection; each answers JSON, the lesson-hours report CSV as well. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsController {

    private static final int LONGEST_UNIT = 200;

    private final ReportQueries reports;
    private final PromotionPolicy promotionPolicy;
    private final Clock clock;

    ReportsController(ReportQueries reports, PromotionPolicy promotionPolicy,
                      Clock clock) {
        this.reports = reports;
        this.promotionPolicy = promotionPolicy;
        this.clock = clock;
    }

    /**
     * Lesson hours (JP) per unit and person of a year, optionally of one unit; CSV (one line per person) when the
     * request accepts {@code text/csv}. One method serves both, so a request accepting anything gets JSON.
     */
    @GetMapping("/lesson-hours")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = LessonHoursReport.class)))
    ResponseEntity<?> lessonHours(@RequestParam @Min(1900) @Max(2100) int year,
                                  @RequestParam(required = false) String unit,
                                  @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (!wantsCsv(accept)) {
            // a unit's report as it is kept, already written
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(unit == null
                    ? reports.lessonHours(year, null) : reports.unitLessonHoursJson(year, unitName(unit)));
        }
        LessonHoursReport report = reports.lessonHours(year, unit == null ? null : unitName(unit));
        String csv = Csv.table(List.of("nip", "fullName", "employmentType", "unit", "year", "earned", "required",
                        "shortfall"),
                report.persons().stream().map(row -> List.<Object>of(row.nip(), row.fullName(),
                        row.employmentType(), row.unit() == null ? "" : row.unit(), year, row.earned(),
                        row.required(), row.shortfall())).toList());
        return ResponseEntity.ok().contentType(Csv.TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lesson-hours-" + year + ".csv").build().toString())
                .body(csv);
    }

    @GetMapping("/predicate-distribution")
    PredicateDistributionReport predicateDistribution(@RequestParam @Min(1900) @Max(2100) int year) {
        return reports.predicateDistribution(year);
    }

    /** For a promotion date; without one, the next promotion date after today. */
    @GetMapping("/promotion-eligibility")
    PromotionEligibilityReport promotionEligibility(@RequestParam(required = false)
                                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate promotionDate = date == null ? promotionPolicy.nextDateAfter(LocalDate.now(clock)) : date;
        if (!promotionPolicy.isPromotionDate(promotionDate)) {
            throw new InvalidParameter("PROMOTION_DATE_NOT_ALLOWED", "{date} is not a promotion date",
                    "date", Map.of("date", promotionDate, "promotionDates",
                    String.join(", ", promotionPolicy.promotionDates()), "policyVersion", promotionPolicy.version()));
        }
        return reports.promotionEligibility(promotionDate);
    }

    /** One programme, or every programme that started in a year. */
    @GetMapping("/programme-effectiveness")
    ProgrammeEffectivenessReport programmeEffectiveness(@RequestParam(required = false) UUID programmeId,
                                                        @RequestParam(required = false) @Min(1900) @Max(2100)
                                                        Integer year) {
        if (programmeId == null && year == null) {
            throw new InvalidParameter("REPORT_PROGRAMME_OR_YEAR_REQUIRED",
                    "name a programme (programmeId) or a year", "programmeId", Map.of());
        }
        return reports.programmeEffectiveness(programmeId, year);
    }

    @GetMapping("/citizen-satisfaction")
    CitizenSatisfactionReport citizenSatisfaction(@RequestParam @Min(1900) @Max(2100) int year) {
        return reports.citizenSatisfaction(year);
    }

    private static String unitName(String unit) {
        String name = UnitNames.normalise(unit);
        if (name.isEmpty() || name.length() > LONGEST_UNIT) {
            throw new InvalidParameter("REPORT_UNIT_INVALID", "a unit is named by 1 to {longest} characters",
                    "unit", Map.of("unit", unit, "longest", LONGEST_UNIT));
        }
        return name;
    }

    /**
     * CSV only for a request that names it, at least as much wanted as JSON; one that accepts anything gets JSON.
     * A malformed header is left to Spring's own negotiation.
     */
    private static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        double csv = accepted.stream().filter(type -> type.equalsTypeAndSubtype(Csv.TEXT_CSV))
                .mapToDouble(MediaType::getQualityValue).max().orElse(0);
        double json = accepted.stream()
                .filter(type -> !type.isWildcardType() && type.includes(MediaType.APPLICATION_JSON))
                .mapToDouble(MediaType::getQualityValue).max().orElse(0);
        return csv > 0 && csv >= json;
    }
}
