package id.jejak.query.access;

import id.jejak.kernel.civilservant.Nip;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** For an admin: who read whose personal data, newest first. */
@RestController
class AccessLogController {

    /** One page of the log. */
    record AccessLogPage(long total, int page, int size, List<AccessLog.Entry> entries) {
    }

    private final AccessLog accessLog;
    private final Clock clock;

    AccessLogController(AccessLog accessLog, Clock clock) {
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * @param reader who read (their user id)
     * @param nip    whose record was read
     * @param from   the first day (in the agency's time zone) of the reads to list
     * @param to     the last day, inclusive
     */
    @GetMapping("/api/v1/admin/access-log")
    AccessLogPage accessLog(@RequestParam(required = false) String reader,
                            @RequestParam(required = false) String nip,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        var criteria = new AccessLog.Criteria(reader == null || reader.isBlank() ? null : reader.trim(),
                nip == null || nip.isBlank() ? null : Nip.of(nip.trim()).value(),
                from == null ? null : from.atStartOfDay(clock.getZone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        return new AccessLogPage(accessLog.count(criteria), page, size, accessLog.find(criteria, page, size));
    }
}
