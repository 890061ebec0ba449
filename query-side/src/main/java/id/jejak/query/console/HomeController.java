package id.jejak.query.console;

import id.jejak.platform.security.JejakUser;
import id.jejak.platform.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The way in: the root sends a browser to the console, the console to what the reader's role may open. */
@Controller
class HomeController {

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

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    /** Where the console's chain forwards a refusal: a page, not the API's problem+json. */
    @RequestMapping("/console/denied")
    String denied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "console/denied";
    }
}
