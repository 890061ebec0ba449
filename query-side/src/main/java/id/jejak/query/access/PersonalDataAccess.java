package id.jejak.query.access;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.platform.security.JejakUser;
import id.jejak.platform.security.LogSafe;
import id.jejak.platform.security.Role;
import id.jejak.platform.web.CorrelationIdFilter;
import id.jejak.query.UnknownCivilServant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.time.Clock;
import java.util.Map;

/**
 * The one place where reads of personal data are checked and accounted for, before the controller answers:
 * <ul>
 *     <li>an employee reads their own record only: any other NIP is answered 404 {@code CIVIL_SERVANT_NOT_FOUND},
 *     exactly as a NIP nobody holds (OWASP API1) — neither 403, which would say the person exists, nor the data;</li>
 *     <li>a read by an auditor or inspector is recorded in the access log (who, as what, whose record, which path,
 *     when) before it is answered, so no read escapes it: if the log cannot be written, nothing is read.</li>
 * </ul>
 */
class PersonalDataAccess implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataAccess.class);
    private static final int LONGEST_PATH = 1000;

    private final AccessLog accessLog;
    private final Clock clock;

    PersonalDataAccess(AccessLog accessLog, Clock clock) {
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        JejakUser user = JejakUser.current().orElse(null);
        if (user == null) {
            return true;
        }
        Nip nip = nip(request);
        if (user.has(Role.EMPLOYEE) && (nip == null || !nip.value().equals(user.nip()))) {
            log.warn("Access refused: {} by {} as EMPLOYEE (another person's record, answered as unknown)",
                    LogSafe.request(request), LogSafe.requester(request));
            if (nip == null) {
                // no path open to employees names nobody; the security table already refuses these
                throw new AccessDeniedException("an employee reads their own record only");
            }
            throw new UnknownCivilServant(nip);
        }
        if (user.has(Role.AUDITOR) || user.has(Role.INSPECTOR)) {
            String path = request.getRequestURI() + (request.getQueryString() == null ? ""
                    : "?" + request.getQueryString());
            accessLog.record(clock.instant(), user.id(), user.role().name(), nip == null ? null : nip.value(),
                    path.length() > LONGEST_PATH ? path.substring(0, LONGEST_PATH) : path,
                    (String) request.getAttribute(CorrelationIdFilter.ATTRIBUTE));
        }
        return true;
    }

    /**
     * The NIP the path names, or else the one a filter names (a person's findings, a person's export), so that an
     * admin asking whose record was read finds these reads too; an invalid one is refused (400) as the controllers
     * refuse it.
     */
    private static Nip nip(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && map.get("nip") instanceof String nip) {
            return Nip.of(nip);
        }
        String filter = request.getParameter("nip");
        return filter == null || filter.isBlank() ? null : Nip.of(filter.trim());
    }
}
