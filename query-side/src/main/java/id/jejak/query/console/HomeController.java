package id.jejak.query.console;

import id.jejak.platform.security.JejakSecurityProperties;
import id.jejak.platform.security.JejakUser;
import id.jejak.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.ArrayList;
import java.util.List;

/** The way in: the root sends a browser to the console, the console to what the reader's role may open. */
@Controller
class HomeController {

    private final JejakSecurityProperties properties;
    private final ObjectProvider<ClientRegistrationRepository> registrations;

    HomeController(JejakSecurityProperties properties, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.properties = properties;
        this.registrations = registrations;
    }

    @GetMapping("/")
    String root() {
        return "redirect:/console";
    }

    /** An employee has one page, their own timeline; everyone else a list of the pages their role opens. */
    @GetMapping("/console")
    String home() {
        JejakUser user = JejakUser.current().orElseThrow();
        if (user.has(Role.EMPLOYEE)) {
            return "redirect:/console/people/" + user.nip();
        }
        return "console/home";
    }

    /**
     * The sign-in: the form in demo mode; in jwt mode a link to sign in at each issuer configured, or, with none,
     * that console sign-in is not configured. After a refused sign-in, why, as far as the reader can act on it.
     */
    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        boolean demo = properties.mode() == JejakSecurityProperties.Mode.DEMO;
        model.addAttribute("demo", demo);
        model.addAttribute("issuers", demo ? List.of() : issuers());
        if (request.getParameter("error") != null) {
            model.addAttribute("failure", failure(demo, request.getSession(false)));
        }
        return "console/login";
    }

    /** Where the sign-in can be made: one link per client registration. */
    record Issuer(String registration, String name) {
    }

    /** Each named by its {@code client-name} when one is set (Boot's default is the id), else by its issuer. */
    private List<Issuer> issuers() {
        if (!(registrations.getIfAvailable() instanceof Iterable<?> configured)) {
            return List.of();
        }
        List<Issuer> issuers = new ArrayList<>();
        for (Object each : configured) {
            ClientRegistration registration = (ClientRegistration) each;
            String issuer = registration.getProviderDetails().getIssuerUri();
            boolean named = !registration.getClientName().equals(registration.getRegistrationId());
            issuers.add(new Issuer(registration.getRegistrationId(),
                    named || issuer == null ? registration.getClientName() : issuer));
        }
        return issuers;
    }

    /** The message of the last refused sign-in, which Spring Security keeps in the session. */
    private static String failure(boolean demo, HttpSession session) {
        if (demo) {
            return "console.login.failed";
        }
        Object refusal = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return refusal instanceof OAuth2AuthenticationException oauth
                && ConsoleUserService.NO_JEJAK_USER.equals(oauth.getError().getErrorCode())
                ? "console.login.noJejakUser" : "console.login.issuerFailed";
    }

    /** Where the console's chain forwards a refusal: a page, not the API's problem+json. */
    @RequestMapping("/console/denied")
    String denied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "console/denied";
    }
}
