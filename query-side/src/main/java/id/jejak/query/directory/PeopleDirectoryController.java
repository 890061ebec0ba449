package id.jejak.query.directory;

import id.jejak.career.workunit.UnitNames;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.platform.security.JejakUser;
import id.jejak.platform.security.Role;
import id.jejak.platform.web.Csv;
import id.jejak.query.web.InvalidParameter;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people directory for HR, auditors and inspectors: everyone recorded, found by NIP, name, unit, rank,
 * employment type and status, a page at a time as JSON or all of a selection as CSV. An HR officer bound to units
 * sees the people of those units only, as they decide about no one else.
 */
@RestController
@Validated
class PeopleDirectoryController {

    private static final Pattern NIP_BEGINNING = Pattern.compile("\\d{1,18}");
    private static final List<String> CSV_HEADER = List.of("nip", "fullName", "employmentType", "status", "rank",
            "positionKind", "position", "workUnit");
    private static final String SIZE = "as JSON the page size (default 50, at most 500); as CSV the rows written "
            + "(default 20,000, at most 100,000)";

    /** A page of the directory. */
    record DirectoryPage(long total, int page, int size, List<PeopleDirectory.Entry> people) {
    }

    /** The person's status in the directory. */
    enum Status { ACTIVE, RETIRED, DISMISSED }

    /**
     * The filters, each optional, and the order.
     *
     * @param nipPrefix the NIP or its beginning (not {@code nip}, which the access log reads as one whole NIP)
     * @param name a part of the name, regardless of case and accents
     * @param unit a work unit's name, regardless of case and spacing
     * @param rank a golongan/ruang, {@code III/a}
     * @param sort {@code nip} (default), {@code name}, {@code unit} or {@code rank}
     * @param direction {@code asc} (default) or {@code desc}
     */
    record DirectoryQuery(String nipPrefix, String name, String unit, String rank, EmploymentType employmentType,
                          Status status, String sort, String direction) {

        PeopleDirectory.Criteria criteria(JejakUser reader) {
            String beginning = blank(nipPrefix) ? null : nipPrefix.trim();
            if (beginning != null && !NIP_BEGINNING.matcher(beginning).matches()) {
                throw new InvalidParameter("PARAMETER_INVALID", "the {parameter} parameter is invalid",
                        "nipPrefix", Map.of("parameter", "nipPrefix"));
            }
            return new PeopleDirectory.Criteria(beginning, blank(name) ? null : SearchText.of(name),
                    blank(unit) ? null : UnitNames.normalise(unit), blank(rank) ? null : Rank.ofCode(rank.trim()).code(),
                    employmentType == null ? null : employmentType.name(), status == null ? null : status.name(),
                    visibleUnits(reader));
        }

        PeopleDirectory.Order order() {
            return choice("sort", sort, PeopleDirectory.Order.class, PeopleDirectory.Order.NIP);
        }

        boolean descending() {
            return choice("direction", direction, Direction.class, Direction.ASC) == Direction.DESC;
        }

        private static <E extends Enum<E>> E choice(String parameter, String value, Class<E> choices, E otherwise) {
            if (blank(value)) {
                return otherwise;
            }
            try {
                return Enum.valueOf(choices, value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidParameter("PARAMETER_INVALID", "the {parameter} parameter is invalid", parameter,
                        Map.of("parameter", parameter));
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    private enum Direction { ASC, DESC }

    private final PeopleDirectory directory;

    PeopleDirectoryController(PeopleDirectory directory) {
        this.directory = directory;
    }

    @GetMapping(value = "/api/v1/civil-servants", produces = "application/json")
    DirectoryPage json(@ParameterObject DirectoryQuery query,
                       @RequestParam(defaultValue = "0") @Min(0) int page,
                       @Parameter(description = SIZE, schema = @Schema(type = "integer", minimum = "1",
                               maximum = "100000"))
                       @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        PeopleDirectory.Criteria criteria = query.criteria(reader());
        return new DirectoryPage(directory.count(criteria), page, size,
                directory.find(criteria, query.order(), query.descending(), page, size));
    }

    /** UTF-8 with a byte order mark, which a spreadsheet needs to read the names' accents right. */
    @GetMapping(value = "/api/v1/civil-servants", produces = Csv.MEDIA_TYPE)
    void csv(@ParameterObject DirectoryQuery query,
             @Parameter(description = SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "100000"))
             @RequestParam(defaultValue = "20000") @Min(1) @Max(100000) int size,
             HttpServletResponse response) throws IOException {
        PeopleDirectory.Criteria criteria = query.criteria(reader());
        PeopleDirectory.Order order = query.order();
        boolean descending = query.descending();
        response.setContentType(Csv.MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("jejak-people.csv").build().toString());
        PrintWriter csv = response.getWriter();
        csv.write(Csv.BYTE_ORDER_MARK);
        csv.write(Csv.line(CSV_HEADER));
        directory.forEach(criteria, order, descending, size, entry -> csv.write(Csv.line(List.of(entry.nip(),
                entry.fullName(), entry.employmentType(), entry.status(), nullable(entry.rank()),
                nullable(entry.positionKind()), nullable(entry.position()), entry.workUnit()))));
    }

    private static JejakUser reader() {
        return JejakUser.current().orElseThrow();
    }

    /** The units whose people the reader sees: an HR officer's own, unless they act for the whole agency. */
    private static Set<String> visibleUnits(JejakUser reader) {
        return reader.has(Role.HR_OFFICER) && !reader.units().contains(JejakUser.WHOLE_AGENCY) ? reader.units() : null;
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }
}
